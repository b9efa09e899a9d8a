package fi.tyoverkko.web;

import fi.tyoverkko.build.MetaGraph;
import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.access.SecurityContextView;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * What the public may read: every graph except those the meta graph marks as restricted
 * (people's e-mail addresses and phone numbers). Names and roles stay public.
 */
public final class PublicView {
    private PublicView() {}

    /** The restricted graphs of a store, by name. */
    public static Set<String> restricted(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> MetaGraph.restrictedGraphs(dsg.getGraph(TV.graphNode(TV.G_META))));
    }

    /** Applies the filter to a query over the store, through any wrapper (full-text search wraps the TDB2 dataset). */
    public static void hide(SecurityContextView visible, DatasetGraph dsg, org.apache.jena.sparql.exec.QueryExec qe) {
        DatasetGraph d = dsg;
        while (!org.apache.jena.tdb2.sys.TDBInternal.isTDB2(d) && d instanceof org.apache.jena.sparql.core.DatasetGraphWrapper w) {
            d = w.getWrapped();
        }
        visible.filterTDB(d, qe);
    }

    /**
     * The filter that hides the restricted graphs from queries over the store (TDB2 applies it to
     * every quad it reads, the union default graph included), or null when nothing is restricted.
     */
    public static SecurityContextView securityContext(DatasetGraph dsg) {
        Set<String> hidden = restricted(dsg);
        if (hidden.isEmpty()) return null;
        List<Node> visible = new ArrayList<>();
        Txn.executeRead(dsg, () -> dsg.listGraphNodes().forEachRemaining(g -> {
            String name = g.isURI() ? TV.graphName(g.getURI()) : null;
            if (name == null || !hidden.contains(name)) visible.add(g);
        }));
        return new SecurityContextView(visible);
    }
}
