package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The ontology at {@code /ontology}: a documentation page generated from the ontology graph
 * itself (every class and property with its Finnish and English labels, comments and
 * alignments, each at {@code /ontology#Term}), or the ontology as Turtle, JSON-LD or N-Triples.
 */
public final class OntologyServlet extends HttpServlet {
    private final DatasetGraph dsg;

    public OntologyServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Format format = LinkedDataServlet.chooseFormat(req, resp);
        if (format == null) return;
        Graph g = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(TV.graphNode(TV.G_ONTOLOGY)).find().forEachRemaining(copy::add);
            return copy;
        });
        if (g.isEmpty()) {
            resp.sendError(404, "The store has no ontology: run tyoverkko build");
            return;
        }
        if (format != Format.HTML) {
            resp.setContentType(format.mediaType + (format == Format.JSONLD ? "" : "; charset=utf-8"));
            RdfOutput.write(g, format, resp.getOutputStream());
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(render(g).getBytes(StandardCharsets.UTF_8));
    }

    static String render(Graph g) {
        Labels labels = new Labels(g);
        Node ont = NodeFactory.createURI(TV.ONTOLOGY);
        StringBuilder b = new StringBuilder("<article class=\"ontology\">");
        b.append("<h1>").append(Html.esc(text(g, ont, TV.DCTERMS + "title", "fi"))).append(" <span lang=\"en\">/ ")
            .append(Html.esc(text(g, ont, TV.DCTERMS + "title", "en"))).append("</span></h1>");
        b.append("<p>").append(Html.esc(text(g, ont, TV.DCTERMS + "description", "fi"))).append("</p>");
        b.append("<p lang=\"en\">").append(Html.esc(text(g, ont, TV.DCTERMS + "description", "en"))).append("</p>");
        b.append("<p class=\"iri\"><code>").append(Html.esc(TV.NS)).append("</code> (tv:) · ")
            .append("<a href=\"/ontology?format=ttl\">Turtle</a> <a href=\"/ontology?format=jsonld\">JSON-LD</a></p>");
        b.append("<p>Sanastot <span lang=\"en\">/ Vocabularies</span>: ");
        g.find(ont, RDFS.seeAlso.asNode(), Node.ANY).forEachRemaining(t ->
            b.append("<a href=\"").append(Html.esc(Html.href(t.getObject().getURI()))).append("\">")
                .append(Html.esc(Labels.localName(t.getObject()))).append("</a> "));
        b.append("</p>");
        term(b, g, labels, "Luokat", "Classes", List.of(OWL.Class.asNode(), RDFS.Class.asNode()));
        term(b, g, labels, "Ominaisuudet", "Properties", List.of(OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            RDF.Property.asNode(), OWL.AnnotationProperty.asNode()));
        b.append("</article>");
        return Html.page("fi", "Ontologia / Ontology", "", b.toString());
    }

    private static void term(StringBuilder b, Graph g, Labels labels, String fi, String en, List<Node> types) {
        TreeSet<String> terms = new TreeSet<>();
        for (Node type : types) g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(TV.NS)) terms.add(t.getSubject().getURI());
        });
        b.append("<section><h2>").append(fi).append(" <span lang=\"en\">/ ").append(en).append("</span></h2>");
        b.append("<p class=\"toc\">");
        for (String t : terms) b.append("<a href=\"#").append(Html.esc(t.substring(TV.NS.length()))).append("\">tv:")
            .append(Html.esc(t.substring(TV.NS.length()))).append("</a> ");
        b.append("</p>");
        for (String t : terms) {
            Node n = NodeFactory.createURI(t);
            String local = t.substring(TV.NS.length());
            b.append("<div class=\"term\" id=\"").append(Html.esc(local)).append("\"><h3>tv:").append(Html.esc(local)).append(" <small>")
                .append(Html.esc(text(g, n, RDFS.label.getURI(), "fi"))).append(" / <span lang=\"en\">")
                .append(Html.esc(text(g, n, RDFS.label.getURI(), "en"))).append("</span></small></h3>");
            b.append("<p>").append(Html.esc(text(g, n, RDFS.comment.getURI(), "fi"))).append("</p>");
            b.append("<p lang=\"en\">").append(Html.esc(text(g, n, RDFS.comment.getURI(), "en"))).append("</p><dl>");
            for (Node p : List.of(RDFS.subClassOf.asNode(), RDFS.subPropertyOf.asNode(), RDFS.domain.asNode(), RDFS.range.asNode(),
                    OWL.equivalentClass.asNode(), OWL.equivalentProperty.asNode(), RDFS.seeAlso.asNode())) {
                g.find(n, p, Node.ANY).forEachRemaining(tr -> {
                    if (!tr.getObject().isURI()) return;
                    b.append("<dt>").append(Html.esc(Labels.property(p, java.util.Map.of()))).append("</dt><dd>")
                        .append(ResourcePage.link(tr.getObject(), labels)).append("</dd>");
                });
            }
            b.append("</dl></div>");
        }
        b.append("</section>");
    }

    private static String text(Graph g, Node s, String p, String lang) {
        for (var it = g.find(s, NodeFactory.createURI(p), Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (o.isLiteral() && o.getLiteralLanguage().equals(lang)) return o.getLiteralLexicalForm();
        }
        return "";
    }
}
