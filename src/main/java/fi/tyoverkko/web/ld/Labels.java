package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDFS;

/** Names for resources, Finnish first, then Swedish, English, any language; else the IRI's last part. */
public final class Labels {
    static final List<String> LANGS = List.of("fi", "sv", "en", "");
    private static final List<Node> NAME_PROPERTIES = List.of(NodeFactory.createURI(TV.SKOS + "prefLabel"), RDFS.label.asNode(),
        NodeFactory.createURI(TV.SCHEMA + "name"), NodeFactory.createURI(TV.DCTERMS + "title"));
    private final Graph g;

    public Labels(Graph g) { this.g = g; }

    /** Every language's name, Finnish first: language tag → label. */
    public Map<String, String> byLanguage(Node n) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : LANGS) {
            for (Node p : NAME_PROPERTIES) {
                for (var it = g.find(n, p, Node.ANY); it.hasNext(); ) {
                    Node o = it.next().getObject();
                    if (o.isLiteral() && o.getLiteralLanguage().equals(lang)) { out.putIfAbsent(lang, o.getLiteralLexicalForm()); }
                }
            }
        }
        return out;
    }

    public String of(Node n) {
        Map<String, String> all = byLanguage(n);
        if (!all.isEmpty()) return all.values().iterator().next();
        for (Node p : NAME_PROPERTIES) {
            var it = g.find(n, p, Node.ANY);
            if (it.hasNext()) return it.next().getObject().getLiteralLexicalForm();
        }
        String composed = composed(n);
        if (composed != null) return composed;
        if (n.isURI()) {
            String prefixed = RdfOutput.prefixes().abbreviate(n.getURI());
            if (prefixed != null && !n.getURI().startsWith(TV.ID)) return prefixed;
        }
        return localName(n);
    }

    /** Nodes that link things (memberships, roles, grants) have no name of their own: name them by what they link. */
    static final List<Node> LINKING = List.of(NodeFactory.createURI(TV.ORG + "member"), NodeFactory.createURI(TV.ORG + "organization"),
        NodeFactory.createURI(TV.NS + "person"), NodeFactory.createURI(TV.NS + "project"), NodeFactory.createURI(TV.SCHEMA + "funder"));
    static final Node ROLE = NodeFactory.createURI(TV.ORG + "role");

    private String composed(Node n) {
        List<String> parts = new java.util.ArrayList<>();
        for (Node p : LINKING) g.find(n, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && !byLanguage(t.getObject()).isEmpty()) parts.add(byLanguage(t.getObject()).values().iterator().next());
        });
        if (parts.isEmpty()) return null;
        String role = null;
        var r = g.find(n, ROLE, Node.ANY);
        if (r.hasNext()) {
            var names = byLanguage(r.next().getObject());
            if (!names.isEmpty()) role = names.values().iterator().next();
        }
        return String.join(" – ", parts) + (role == null ? "" : " (" + role + ")");
    }

    public static String localName(Node n) {
        if (!n.isURI()) return n.isBlank() ? "…" : n.toString();
        String iri = n.getURI();
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        String tail = cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
        return tail;
    }

    /** A name for a property: its label in the data (Finnish, else English), else a prefixed name. */
    public static String property(Node p, Map<Node, List<Node>> labels) {
        List<Node> ls = labels.get(p);
        if (ls != null) {
            for (String lang : LANGS) for (Node l : ls) if (l.getLiteralLanguage().equals(lang)) return l.getLiteralLexicalForm();
        }
        String short_ = RdfOutput.prefixes().abbreviate(p.getURI());
        return short_ != null ? short_ : p.getURI();
    }
}
