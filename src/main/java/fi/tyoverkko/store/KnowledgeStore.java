package fi.tyoverkko.store;

import fi.tyoverkko.vocab.TV;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/**
 * The TDB2 store: named graphs, replaced together in one write transaction so that a reader
 * or a crash sees the whole previous or the whole new knowledge base, never a mix.
 */
public final class KnowledgeStore implements AutoCloseable, GraphTarget {
    private final Path dir;
    private final DatasetGraph dsg;

    private KnowledgeStore(Path dir, DatasetGraph dsg) {
        this.dir = dir;
        this.dsg = dsg;
    }

    /** Opens (creating if needed) the store in a folder. The default graph is the union of the named graphs. */
    public static KnowledgeStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage());
        }
        try {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KnowledgeStore(dir, dsg);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage()
                + " (is another Työverkko process using it?)");
        }
    }

    public DatasetGraph dataset() { return dsg; }

    private TextSearchIndex.Searchable searchable;

    /** The dataset with full-text search ({@code text:query}) over the store's index; for reading. */
    public synchronized DatasetGraph searchable() {
        if (searchable == null) searchable = TextSearchIndex.open(dsg, dir);
        return searchable.dataset();
    }

    /**
     * Rebuilds the full-text index from the data (after a build). When the store is being served,
     * the server's index is swapped for the new one while it runs.
     */
    public synchronized void reindex() {
        Path served = searchable == null ? null : searchable.generation();
        if (searchable != null) searchable.index().closeRetired();
        Path gen = TextSearchIndex.rebuild(dsg, dir, served);
        if (searchable != null) {
            searchable.index().swap(TextSearchIndex.openIndex(gen));
            searchable = new TextSearchIndex.Searchable(searchable.dataset(), searchable.index(), gen);
        }
    }

    private void closeIndex() {
        if (searchable != null) {
            searchable.index().close();
            searchable = null;
        }
    }

    public Path dir() { return dir; }

    /** A copy of the meta graph (empty for a new store). */
    @Override
    public Graph meta() {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(TV.graphNode(TV.G_META)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /**
     * Replaces the given graphs, removes the named ones, and sets the meta graph, all in one
     * write transaction. If anything fails, the transaction aborts and the store is as it was.
     */
    @Override
    public void replace(Map<String, Graph> graphs, Collection<String> remove, Graph meta) {
        if (remove.isEmpty() && Txn.calculateRead(dsg, dsg::isEmpty)) {
            loadIntoEmpty(graphs, meta);
            return;
        }
        Txn.executeWrite(dsg, () -> {
            for (String name : remove) dsg.deleteAny(TV.graphNode(name), Node.ANY, Node.ANY, Node.ANY);
            for (var e : graphs.entrySet()) put(e.getKey(), e.getValue());
            put(TV.G_META, meta);
        });
    }

    /** The first build into an empty store: a bulk load into a new storage generation (see {@link BulkLoad}). */
    private void loadIntoEmpty(Map<String, Graph> graphs, Graph meta) {
        BulkLoad load = new BulkLoad(dsg);
        graphs.forEach(load::add);
        load.commit(meta);
    }

    @Override
    public BulkLoad startLoadIntoEmpty() {
        return Txn.calculateRead(dsg, dsg::isEmpty) ? new BulkLoad(dsg) : null;
    }

    @Override
    public String storedHash(String graphName) {
        return Txn.calculateRead(dsg, () -> fi.tyoverkko.build.ContentHash.of(dsg.getGraph(TV.graphNode(graphName))));
    }

    @Override
    public String atomicity() { return "in one transaction"; }

    @Override
    public void afterChange(boolean changed) {
        if (changed || !TextSearchIndex.exists(dir)) reindex();
    }

    private void put(String name, Graph g) {
        Node gn = TV.graphNode(name);
        dsg.deleteAny(gn, Node.ANY, Node.ANY, Node.ANY);
        g.find().forEachRemaining(t -> dsg.add(gn, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /** Triples per named graph, by graph name (or full IRI for graphs not of ours). */
    public Map<String, Long> stats() {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Long> counts = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                String name = TV.graphName(g.getURI());
                counts.put(name == null ? g.getURI() : name, (long) dsg.getGraph(g).size());
            });
            return counts;
        });
    }

    /** Names of our named graphs in the store. */
    public Set<String> graphNames() {
        return stats().keySet();
    }

    @Override
    public synchronized void close() {
        closeIndex();
        dsg.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dsg);
    }
}
