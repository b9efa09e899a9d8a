package fi.tyoverkko.store;

import java.util.Collection;
import java.util.Map;
import org.apache.jena.graph.Graph;

/** Where a build writes its named graphs: the local TDB2 store, or a remote SPARQL 1.1 store. */
public interface GraphTarget {
    /** The meta graph the last build wrote there (empty when there is none). */
    Graph meta();

    /** Replaces the given graphs, removes the named ones and sets the meta graph. */
    void replace(Map<String, Graph> graphs, Collection<String> remove, Graph meta);

    /** What {@link #replace} promises about readers: "in one transaction", or how it falls short. */
    String atomicity();

    /**
     * The content hash ({@link fi.tyoverkko.build.ContentHash}) of a graph as stored now, or null
     * when the target cannot tell (then the graph is written again).
     */
    default String storedHash(String graphName) { return null; }

    /**
     * When the target is empty and can take a whole first load that becomes visible at once while
     * the build goes on, that load, started; otherwise null and the build calls {@link #replace}.
     */
    default BulkLoad startLoadIntoEmpty() { return null; }

    /** Brings derived indexes (full-text search) up to date after a change; nothing for remote stores. */
    default void afterChange(boolean changed) {}
}
