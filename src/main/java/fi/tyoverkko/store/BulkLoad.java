package fi.tyoverkko.store;

import fi.tyoverkko.vocab.TV;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * A load into an empty TDB2 store through its sequential loader, which fills the primary index
 * and then builds the others from it, in one transaction: a failure or a crash leaves the store
 * empty. The loader runs on a thread of its own (TDB2 transactions belong to a thread) and takes
 * graphs as the build finishes them, so that the build's validation and analytics run on the
 * other core while the first graphs are written.
 */
public final class BulkLoad {
    private static final Object COMMIT = new Object(), ABORT = new Object();
    private record Named(Node graph, Graph triples) {}

    /** Unbounded: it only holds references to graphs the build keeps in memory anyway. */
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile RuntimeException failure;
    private boolean ended;

    BulkLoad(DatasetGraph dsg) {
        thread = new Thread(() -> run(dsg), "tyoverkko-bulk-load");
        thread.setDaemon(true); // an aborted build does not wait for it; the transaction is not committed
        thread.start();
    }

    private void run(DatasetGraph dsg) {
        DataLoader loader = LoaderFactory.sequentialLoader(dsg, (format, args) -> {});
        loader.startBulk();
        try {
            StreamRDF out = loader.stream();
            for (Object o = queue.take(); ; o = queue.take()) {
                if (o == COMMIT) {
                    loader.finishBulk();
                    return;
                }
                if (o == ABORT) {
                    loader.finishException(new StoreException("the build stopped; nothing was written"));
                    return;
                }
                Named n = (Named) o;
                n.triples().find().forEachRemaining(t -> out.quad(Quad.create(n.graph(), t)));
            }
        } catch (InterruptedException e) {
            loader.finishException(e);
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            loader.finishException(e);
        }
    }

    /** Queues a whole graph for writing; the graph must not change after this. */
    public void add(String name, Graph g) {
        if (ended) throw new IllegalStateException("the load has ended");
        queue.add(new Named(TV.graphNode(name), g));
    }

    /** Writes the meta graph last, commits, and waits until the data is durable. */
    public void commit(Graph meta) {
        add(TV.G_META, meta);
        end(COMMIT);
        if (failure != null) throw new StoreException("writing the store failed: " + failure.getMessage());
    }

    /** Gives up: the transaction aborts and the store stays empty. Safe to call more than once. */
    public void abort() {
        if (!ended) end(ABORT);
    }

    private void end(Object how) {
        ended = true;
        queue.add(how);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the store");
        }
    }
}
