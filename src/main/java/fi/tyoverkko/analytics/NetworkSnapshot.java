package fi.tyoverkko.analytics;

import fi.tyoverkko.vocab.TV;
import java.io.Writer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** The organisation network of a knowledge base (overall or for one year), ready to export. */
public record NetworkSnapshot(CoPartnerGraph graph, NetworkMetrics metrics, Graph kb) {

    public static NetworkSnapshot of(Graph kb, Integer year) {
        var g = PartnershipNetwork.of(kb).projection(year);
        return new NetworkSnapshot(g, NetworkMetrics.of(g), kb);
    }

    /** The Finnish preferred label of a resource, or its IRI. */
    public String label(String iri) {
        Node pref = NodeFactory.createURI(TV.SKOS + "prefLabel");
        for (var t : kb.find(NodeFactory.createURI(iri), pref, Node.ANY).toList()) {
            if ("fi".equals(t.getObject().getLiteralLanguage())) return t.getObject().getLiteralLexicalForm();
        }
        return iri;
    }

    public void write(NetworkExport.Format format, Writer out) {
        NetworkExport.write(graph, metrics, this::label, format, out);
    }
}
