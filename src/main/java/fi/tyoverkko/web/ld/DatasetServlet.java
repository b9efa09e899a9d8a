package fi.tyoverkko.web.ld;

import fi.tyoverkko.build.MetaGraph;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.QueryCatalogue;
import fi.tyoverkko.vocab.TV;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The dataset's description in VoID and DCAT, at {@code /.well-known/void} (RFC 5785, as the
 * VoID guide asks) and {@code /dataset}: the meta graph (every named graph with its size, source,
 * licence, loader and build time) plus the endpoints of this server and the catalogue's queries
 * as example services. HTML for browsers, RDF for programs.
 */
public final class DatasetServlet extends HttpServlet {
    private final DatasetGraph dsg;
    private final QueryCatalogue catalogue;

    public DatasetServlet(DatasetGraph dsg, QueryCatalogue catalogue) {
        this.dsg = dsg;
        this.catalogue = catalogue;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Format format = LinkedDataServlet.chooseFormat(req, resp);
        if (format == null) return;
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Graph g = describe(base);
        if (format == Format.HTML) {
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(DatasetPage.render(g, base).getBytes(StandardCharsets.UTF_8));
        } else {
            resp.setContentType(format.mediaType + (format == Format.JSONLD ? "" : "; charset=utf-8"));
            RdfOutput.write(g, format, resp.getOutputStream());
        }
    }

    Graph describe(String base) {
        Graph g = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getGraph(TV.graphNode(TV.G_META)).find().forEachRemaining(g::add));
        Node ds = MetaGraph.DATASET;
        Node sparql = uri(base + "/kb/sparql");
        g.add(ds, uri(TV.VOID + "sparqlEndpoint"), sparql);
        g.add(ds, uri(TV.VOID + "uriSpace"), NodeFactory.createLiteralString(TV.ID));
        g.add(ds, uri(TV.VOID + "vocabulary"), uri(TV.NS));
        g.add(ds, uri(TV.VOID + "rootResource"), uri(TV.id("region", "01")));
        g.add(ds, uri(TV.DCAT + "landingPage"), uri(base + "/"));
        g.add(ds, uri("http://xmlns.com/foaf/0.1/page"), uri(base + "/dataset"));
        service(g, ds, sparql, base + "/kb/sparql", "SPARQL-rajapinta", "SPARQL endpoint", "https://www.w3.org/TR/sparql11-protocol/");
        service(g, ds, uri(base + "/kb/get"), base + "/kb/get", "Graph Store -luku", "Graph Store (read)", "https://www.w3.org/TR/sparql11-http-rdf-update/");
        if (catalogue != null) {
            Node api = uri(base + "/api");
            service(g, ds, api, base + "/api", "Nimetyt kyselyt", "Named queries", base + "/api/openapi.json");
            for (NamedQuery q : catalogue.all()) {
                Node s = uri(base + "/api/" + q.name());
                g.add(s, RDF.type.asNode(), uri(TV.DCAT + "DataService"));
                g.add(s, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralLang(q.titleFi(), "fi"));
                if (q.titleEn() != null) g.add(s, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralLang(q.titleEn(), "en"));
                if (q.descriptionFi() != null) g.add(s, uri(TV.DCTERMS + "description"), NodeFactory.createLiteralLang(q.descriptionFi(), "fi"));
                if (q.descriptionEn() != null) g.add(s, uri(TV.DCTERMS + "description"), NodeFactory.createLiteralLang(q.descriptionEn(), "en"));
                g.add(s, uri(TV.DCAT + "endpointURL"), s);
                g.add(s, uri(TV.DCAT + "servesDataset"), ds);
                g.add(api, uri(TV.DCTERMS + "hasPart"), s);
                g.add(s, uri(TV.SCHEMA + "query"), NodeFactory.createLiteralString(q.query().toString()));
            }
        }
        return g;
    }

    private static void service(Graph g, Node ds, Node s, String url, String fi, String en, String conformsTo) {
        g.add(s, RDF.type.asNode(), uri(TV.DCAT + "DataService"));
        g.add(s, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralLang(fi, "fi"));
        g.add(s, uri(TV.DCTERMS + "title"), NodeFactory.createLiteralLang(en, "en"));
        g.add(s, uri(TV.DCAT + "endpointURL"), uri(url));
        g.add(s, uri(TV.DCTERMS + "conformsTo"), uri(conformsTo));
        g.add(s, uri(TV.DCAT + "servesDataset"), ds);
        Node dist = NodeFactory.createBlankNode();
        g.add(ds, uri(TV.DCAT + "distribution"), dist);
        g.add(dist, RDF.type.asNode(), uri(TV.DCAT + "Distribution"));
        g.add(dist, uri(TV.DCAT + "accessURL"), uri(url));
        g.add(dist, uri(TV.DCAT + "accessService"), s);
    }

    static List<Node> objects(Graph g, Node s, String p) {
        List<Node> out = new ArrayList<>();
        g.find(s, uri(p), Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        return out;
    }

    static Node uri(String s) { return NodeFactory.createURI(s); }

}
