package fi.tyoverkko.web.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.curated.Tables;
import fi.tyoverkko.query.QueryCatalogue;
import fi.tyoverkko.text.Slugs;
import fi.tyoverkko.vocab.TV;
import fi.tyoverkko.web.ServerSettings;
import fi.tyoverkko.web.TyoverkkoServer;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Resolvable identifiers over real HTTP: content negotiation, the format override, 404s, pages, VoID and the sitemap. */
class LinkedDataTest {
    static FusekiServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Node PREF_LABEL = NodeFactory.createURI(TV.SKOS + "prefLabel");

    /** The first organisation of the curated table: what every test below looks up. */
    static final Map<String, String> ORG = Tables.read("data/curated/organisations.csv").get(0);
    static final String ORG_PATH = "/id/organisation/" + Slugs.slug(ORG.get("name"));

    @BeforeAll static void start() {
        var catalogue = QueryCatalogue.load(TestKnowledgeBase.projectRoot().resolve("queries"), TestKnowledgeBase.projectRoot());
        server = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), new ServerSettings(0, 10_000, 10_000, null, null), catalogue).start();
    }

    @AfterAll static void stop() { server.stop(); }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    static Node org() { return NodeFactory.createURI(TV.BASE + ORG_PATH.substring(1)); }

    @Test void turtle_byAcceptHeader_holdsTheNameFromTheTable() throws Exception {
        var r = get(ORG_PATH, "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Graph g = parse(r.body(), Lang.TURTLE);
        assertTrue(g.contains(org(), PREF_LABEL, NodeFactory.createLiteralLang(ORG.get("name"), "fi")), r.body());
    }

    @Test void everyRdfFormat_givesTheSameTriples_andJsonLdUsesThePublishedContext() throws Exception {
        Graph ttl = parse(get(ORG_PATH, "Accept", "text/turtle").body(), Lang.TURTLE);
        var jsonld = get(ORG_PATH, "Accept", "application/ld+json");
        assertEquals(200, jsonld.statusCode());
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(jsonld.body().contains("\"prefLabel\""), "compact terms from the context: " + jsonld.body().substring(0, 400));
        Graph fromJsonLd = parse(jsonld.body(), Lang.JSONLD);
        Graph nt = parse(get(ORG_PATH, "Accept", "application/n-triples").body(), Lang.NTRIPLES);
        assertTrue(ttl.size() > 5);
        assertTrue(IsoMatcher.isomorphic(ttl, fromJsonLd), "JSON-LD expands to the Turtle's triples");
        assertTrue(IsoMatcher.isomorphic(ttl, nt));
        var context = get("/context.jsonld");
        assertEquals(200, context.statusCode());
        assertTrue(context.body().contains("\"@context\""));
    }

    @Test void formatParameter_overridesTheAcceptHeader() throws Exception {
        var r = get(ORG_PATH + "?format=ttl", "Accept", "text/html");
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        var j = get(ORG_PATH + "?format=jsonld", "Accept", "text/turtle");
        assertTrue(j.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertEquals(400, get(ORG_PATH + "?format=docx").statusCode());
        assertEquals(406, get(ORG_PATH, "Accept", "image/png").statusCode());
    }

    @Test void browsers_getAPage_withTheNameAndTheQuoteBehindIt() throws Exception {
        var r = get(ORG_PATH, "Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<h1>" + Html.esc(ORG.get("name")) + "</h1>"));
        // the table row's quote (its first part) is shown as the source of the facts
        String quote = ORG.get("quote").split(" … ")[0];
        assertTrue(r.body().contains(Html.esc(quote)), "quote shown: " + quote);
        assertTrue(r.body().contains("href=\"/id/source/" + ORG.get("source") + "\""), "the source is linked");
    }

    @Test void unknownIdentifier_is404_withAHelpfulPage() throws Exception {
        String near = ORG_PATH + "-nonexistent";
        var r = get(near, "Accept", "text/html");
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Tunnistetta ei löydy"));
        assertTrue(r.body().contains("href=\"" + ORG_PATH + "\""), "suggests the identifier that shares a word");
        assertEquals(404, get("/id/organisation/no-such-thing", "Accept", "text/turtle").statusCode());
        assertEquals(404, get("/id/%3Cscript%3Ealert(1)%3C/script%3E", "Accept", "text/html").statusCode());
    }

    @Test void regionPage_hasAMapOfTheRegions_andItsMunicipalitiesAsInboundLinks() throws Exception {
        List<Map<String, String>> regions = Tables.read("data/reference/regions.csv");
        String code = regions.get(0).values().iterator().next();
        var r = get("/id/region/" + code, "Accept", "text/html");
        assertEquals(200, r.statusCode());
        Matcher m = Pattern.compile("<path class=\"region( here)?\"").matcher(r.body());
        int paths = 0, here = 0;
        while (m.find()) { paths++; if (m.group(1) != null) here++; }
        assertEquals(regions.size(), paths, "every region drawn");
        assertEquals(1, here, "this region highlighted");
        long municipalities = TestKnowledgeBase.number("SELECT (COUNT(?m) AS ?n) WHERE { ?m a tv:Municipality ; schema:containedInPlace <"
            + TV.id("region", code) + "> }");
        assertTrue(municipalities > 0);
        int links = r.body().split("href=\"/id/municipality/").length - 1;
        assertTrue(links >= municipalities, links + " links to municipalities, expected " + municipalities);
    }

    @Test void personalData_isNotOnPublicPages() throws Exception {
        var person = Tables.read("data/curated/people.csv").stream().filter(p -> !p.get("email").isEmpty()).findFirst().orElseThrow();
        var r = get("/id/person/" + Slugs.slug(person.get("name")), "Accept", "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains(person.get("name")));
        assertFalse(r.body().contains(person.get("email")), "e-mail is in the restricted graph");
    }

    @Test void ontologyPage_documentsEveryClassOfTheOntology() throws Exception {
        Graph ont = GraphFactory.createDefaultGraph();
        RDFParser.source(TestKnowledgeBase.projectRoot().resolve("ontology/tyoverkko.ttl")).parse(ont);
        var page = get("/ontology", "Accept", "text/html").body();
        var classes = ont.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), org.apache.jena.vocabulary.OWL.Class.asNode()).toList();
        assertFalse(classes.isEmpty());
        for (var t : classes) {
            String local = t.getSubject().getURI().substring(TV.NS.length());
            assertTrue(page.contains("id=\"" + local + "\""), "documented: " + local);
        }
        assertTrue(IsoMatcher.isomorphic(ont, parse(get("/ontology", "Accept", "text/turtle").body(), Lang.TURTLE)));
    }

    @Test void voidDescription_countsEveryGraph_andNamesTheEndpoint() throws Exception {
        for (String path : List.of("/.well-known/void", "/dataset")) {
            var r = get(path, "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), path);
            Graph g = parse(r.body(), Lang.TURTLE);
            Node sparql = NodeFactory.createURI("http://localhost:" + server.getPort() + "/kb/sparql");
            assertTrue(g.contains(Node.ANY, NodeFactory.createURI(TV.VOID + "sparqlEndpoint"), sparql));
            for (var e : TestKnowledgeBase.store().stats().entrySet()) {
                if (e.getKey().equals(TV.G_META)) continue;
                var sizes = g.find(TV.graphNode(e.getKey()), NodeFactory.createURI(TV.VOID + "triples"), Node.ANY).toList();
                assertEquals(1, sizes.size(), e.getKey());
                assertEquals(e.getValue().longValue(), Long.parseLong(sizes.get(0).getObject().getLiteralLexicalForm()), e.getKey());
            }
        }
        assertTrue(get("/dataset", "Accept", "text/html").body().contains("/kb/sparql"));
    }

    @Test void sitemap_isXml_andListsTheResources() throws Exception {
        var r = get("/sitemap.xml");
        assertEquals(200, r.statusCode());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader(r.body())));
        var locs = doc.getElementsByTagName("loc");
        long organisations = TestKnowledgeBase.number("SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o a org:Organization }");
        int found = 0;
        for (int i = 0; i < locs.getLength(); i++) if (locs.item(i).getTextContent().contains("/id/organisation/")) found++;
        assertEquals(organisations, found);
    }
}
