package fi.tyoverkko.web;

import fi.tyoverkko.build.MetaGraph;
import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.access.SecurityContextView;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the public may read: every graph except those the meta graph marks as restricted
 * (people's e-mail addresses and phone numbers). Names and roles stay public. The restricted
 * graphs are read from the store at each use, so a rebuild inside the running server that adds
 * or restricts a graph takes effect at once.
 */
public final class PublicView {
    private final DatasetGraph store;

    public PublicView(DatasetGraph store) {
        this.store = unwrap(store);
    }

    /** The restricted graphs, by name. */
    public Set<String> restricted() {
        return Txn.calculateRead(store, () -> MetaGraph.restrictedGraphs(store.getGraph(TV.graphNode(TV.G_META))));
    }

    /** Which graphs are hidden from the public now: a snapshot, for one request. */
    public java.util.function.Predicate<Node> hiddenGraphs() {
        Set<String> hidden = restricted();
        return g -> hides(g, hidden);
    }

    /** Applies the filter to a query over the store (TDB2 applies it to every quad it reads, the union default graph included). */
    public void hide(QueryExec qe) {
        Txn.executeRead(store, () -> {
            Set<String> hidden = restricted();
            if (hidden.isEmpty()) return;
            List<Node> visible = new ArrayList<>();
            store.listGraphNodes().forEachRemaining(g -> {
                if (!hides(g, hidden)) visible.add(g);
            });
            new SecurityContextView(visible).filterTDB(store, qe);
        });
    }

    private static boolean hides(Node g, Set<String> hidden) {
        String name = g.isURI() ? TV.graphName(g.getURI()) : null;
        return name != null && hidden.contains(name);
    }

    /** The TDB2 dataset under any wrapper (full-text search wraps it). */
    private static DatasetGraph unwrap(DatasetGraph dsg) {
        DatasetGraph d = dsg;
        while (!TDBInternal.isTDB2(d) && d instanceof DatasetGraphWrapper w) d = w.getWrapped();
        return d;
    }
}
