package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A load into an empty store either commits everything or leaves the store empty and says so. */
class BulkLoadTest {
    @TempDir Path tmp;

    private static Graph oneTriple() {
        Graph g = GraphFactory.createDefaultGraph();
        g.add(Triple.create(NodeFactory.createURI("urn:x:s"), NodeFactory.createURI("urn:x:p"), NodeFactory.createLiteralString("o")));
        return g;
    }

    /** A graph whose reading fails with an Error, as an OutOfMemoryError does on the writer's thread. */
    private static Graph failing(Error error) {
        return new GraphBase() {
            @Override protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) { throw error; }
        };
    }

    @Test void aGoodLoad_commitsEveryGraph() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            BulkLoad load = store.startLoadIntoEmpty();
            load.add("a", oneTriple());
            load.allDataGiven();
            load.commit(oneTriple());
            assertEquals(2L, Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count()));
        }
    }

    @Test void anErrorOnTheWritersThread_failsTheCommit_andLeavesTheStoreEmpty() throws Exception {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            BulkLoad load = store.startLoadIntoEmpty();
            load.add("a", oneTriple());
            load.add("b", failing(new OutOfMemoryError("Java heap space (test)")));
            // once the writer has stopped, the next graph given is refused: the build stops instead of validating for nothing
            StoreException early = null;
            for (int i = 0; i < 1000 && early == null; i++) {
                try {
                    load.add("empty", GraphFactory.createDefaultGraph());
                    Thread.sleep(10);
                } catch (StoreException stopped) {
                    early = stopped;
                }
            }
            assertNotNull(early, "the writer's failure was never reported to the build");
            assertTrue(early.getMessage().contains("out of memory"), early.getMessage());
            StoreException e = assertThrows(StoreException.class, () -> load.commit(oneTriple()));
            assertTrue(e.getMessage().startsWith("writing the store failed"), e.getMessage());
            load.abort();
            assertTrue(Txn.calculateRead(store.dataset(), store.dataset()::isEmpty));
        }
        try (KnowledgeStore reopened = KnowledgeStore.open(tmp.resolve("store"))) {
            assertTrue(Txn.calculateRead(reopened.dataset(), reopened.dataset()::isEmpty));
        }
    }

    @Test void anyOtherErrorOnTheWritersThread_failsTheCommitToo() {
        try (KnowledgeStore store = KnowledgeStore.open(tmp.resolve("store"))) {
            BulkLoad load = store.startLoadIntoEmpty();
            load.add("a", failing(new StackOverflowError("test")));
            StoreException e = assertThrows(StoreException.class, () -> load.commit(oneTriple()));
            assertTrue(e.getMessage().contains("StackOverflowError"), e.getMessage());
            assertTrue(Txn.calculateRead(store.dataset(), store.dataset()::isEmpty));
        }
    }
}
