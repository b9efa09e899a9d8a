package fi.tyoverkko.build;

import fi.tyoverkko.Version;
import fi.tyoverkko.vocab.TV;
import java.time.Instant;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The {@code meta} graph: a VoID/DCAT/PROV description of every named graph (what it was
 * derived from, when, by which loader and version, how many triples and rows, its content hash)
 * and of the whole dataset. Descriptions are flat (subject = the graph's IRI) so that an
 * unchanged graph's description can be carried over from the previous build as it was.
 */
public final class MetaGraph {
    private MetaGraph() {}

    public static final Node DATASET = NodeFactory.createURI(TV.id("dataset", "tyoverkko"));
    static final Node CONTENT_HASH = TV.term("contentHash");
    static final Node GENERATED_AT = uri(TV.PROV + "generatedAtTime");
    static final Node TRIPLES = uri(TV.VOID + "triples");

    /** Describes a freshly built graph. */
    public static void describe(Graph meta, BuiltGraph g, String hash, Instant when) {
        Node s = TV.graphNode(g.name());
        meta.add(s, RDF.type.asNode(), uri(TV.VOID + "Dataset"));
        meta.add(s, RDF.type.asNode(), uri(TV.DCAT + "Dataset"));
        meta.add(s, RDF.type.asNode(), uri(TV.PROV + "Entity"));
        meta.add(s, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralString(g.name()));
        meta.add(s, TRIPLES, integer(g.graph().size()));
        meta.add(s, GENERATED_AT, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
        meta.add(s, TV.term("loader"), NodeFactory.createLiteralString(g.loader()));
        meta.add(s, TV.term("loaderVersion"), NodeFactory.createLiteralString(Version.VERSION));
        meta.add(s, CONTENT_HASH, NodeFactory.createLiteralString(hash));
        for (String in : g.inputs()) meta.add(s, uri(TV.DCTERMS + "source"), NodeFactory.createLiteralString(in));
        for (String l : g.licenses()) meta.add(s, uri(TV.DCTERMS + "license"), uri(l));
        for (String a : g.attributions()) meta.add(s, uri("http://creativecommons.org/ns#attributionName"), NodeFactory.createLiteralString(a));
        if (g.restricted()) meta.add(s, TV.term("restricted"), NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        if (g.mapping() != null) {
            meta.add(s, TV.term("mappingFile"), NodeFactory.createLiteralString(g.mapping()));
            meta.add(s, TV.term("rowCount"), integer(g.rows()));
        }
        g.graph().find(Node.ANY, uri(TV.PROV + "wasDerivedFrom"), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) meta.add(s, uri(TV.PROV + "wasDerivedFrom"), t.getObject());
        });
    }

    /** Copies a graph's description from the previous meta graph. */
    public static void carryOver(Graph meta, Graph previous, String name) {
        previous.find(TV.graphNode(name), Node.ANY, Node.ANY).forEachRemaining(meta::add);
    }

    /** The dataset as a whole: its subsets, their total size, and when it last changed. */
    public static void describeDataset(Graph meta, Map<String, Long> sizes) {
        meta.add(DATASET, RDF.type.asNode(), uri(TV.VOID + "Dataset"));
        meta.add(DATASET, RDF.type.asNode(), uri(TV.DCAT + "Dataset"));
        meta.add(DATASET, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralLang("Työverkko", "fi"));
        meta.add(DATASET, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralLang("Työverkko: Finland's employment ecosystem", "en"));
        long total = 0;
        String latest = null;
        for (var e : sizes.entrySet()) {
            Node g = TV.graphNode(e.getKey());
            meta.add(DATASET, uri(TV.VOID + "subset"), g);
            total += e.getValue();
            for (Triple t : meta.find(g, GENERATED_AT, Node.ANY).toList()) {
                String v = t.getObject().getLiteralLexicalForm();
                if (latest == null || v.compareTo(latest) > 0) latest = v;
            }
        }
        meta.add(DATASET, TRIPLES, integer(total));
        if (latest != null) meta.add(DATASET, uri(TV.DCTERMS + "modified"), NodeFactory.createLiteralDT(latest, XSDDatatype.XSDdateTime));
    }

    /** The content hash recorded for a graph in a meta graph, or null. */
    public static String hashOf(Graph meta, String name) {
        var it = meta.find(TV.graphNode(name), CONTENT_HASH, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /** Names of the graphs a meta graph describes. */
    public static java.util.Set<String> describedGraphs(Graph meta) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        meta.find(Node.ANY, CONTENT_HASH, Node.ANY).forEachRemaining(t -> {
            String n = t.getSubject().isURI() ? TV.graphName(t.getSubject().getURI()) : null;
            if (n != null) names.add(n);
        });
        return names;
    }

    static final Node EDITED = TV.term("editedOutsideBuild");

    /** Records in a store's meta graph that it was written other than by a build (call inside a write transaction). */
    public static void markEdited(org.apache.jena.sparql.core.DatasetGraph dsg, Instant when) {
        Node meta = TV.graphNode(TV.G_META);
        dsg.deleteAny(meta, DATASET, EDITED, Node.ANY);
        dsg.add(meta, DATASET, EDITED, NodeFactory.createLiteralDT(when.toString(), XSDDatatype.XSDdateTime));
    }

    /** Whether the store was written other than by a build since the build that wrote this meta graph. */
    public static boolean edited(Graph meta) {
        return meta.contains(DATASET, EDITED, Node.ANY);
    }

    /** Names of the graphs a meta graph marks as restricted (personal data). */
    public static java.util.Set<String> restrictedGraphs(Graph meta) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        meta.find(Node.ANY, TV.term("restricted"), Node.ANY).forEachRemaining(t -> {
            String n = t.getSubject().isURI() ? TV.graphName(t.getSubject().getURI()) : null;
            if (n != null && "true".equals(t.getObject().getLiteralLexicalForm())) names.add(n);
        });
        return names;
    }

    public static Graph empty() { return GraphFactory.createDefaultGraph(); }

    private static Node uri(String s) { return NodeFactory.createURI(s); }

    private static Node integer(long n) { return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger); }
}
