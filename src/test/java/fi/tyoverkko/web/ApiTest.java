package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.QueryCatalogue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The named-query API over real HTTP. */
class ApiTest {
    static FusekiServer server;
    static QueryCatalogue catalogue;

    @BeforeAll static void start() {
        catalogue = QueryCatalogue.load(TestKnowledgeBase.projectRoot().resolve("queries"), TestKnowledgeBase.projectRoot());
        server = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), new ServerSettings(0, 10_000, 10_000, null, null), catalogue).start();
    }

    @AfterAll static void stop() { server.stop(); }

    static String api(String pathAndQuery) { return "http://localhost:" + server.getPort() + "/api/" + pathAndQuery; }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test void regionsQuery_inEveryFormat() throws Exception {
        var json = ServerTest.get(api("regions-partners"), "Accept", "application/json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray rows = JSON.parseAny(json.body()).getAsArray();
        assertEquals(19, rows.size());
        assertTrue(rows.get(0).getAsObject().get("partners").isNumber(), "counts are JSON numbers");

        var srj = ServerTest.get(api("regions-partners"), "Accept", "application/sparql-results+json");
        assertTrue(srj.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(19, JSON.parse(srj.body()).get("results").getAsObject().get("bindings").getAsArray().size());

        var csv = ServerTest.get(api("regions-partners.csv"));
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(20, csv.body().strip().split("\r\n").length);
        assertTrue(csv.body().startsWith("region,code,name,partners,projects,events"));

        var tsv = ServerTest.get(api("regions-partners"), "Accept", "text/tab-separated-values");
        assertTrue(tsv.headers().firstValue("Content-Type").orElse("").startsWith("text/tab-separated-values"));
        assertEquals(20, tsv.body().strip().split("\n").length);
    }

    @Test void answers_carryTheirLength_whetherSmallerOrLargerThanTheOutputBuffer() throws Exception {
        boolean larger = false;
        for (String q : List.of("regions-partners.csv", "network.srj", "network.csv", "funding.srj")) {
            var r = ServerTest.get(api(q));
            assertEquals(200, r.statusCode(), q);
            long bytes = r.body().getBytes(StandardCharsets.UTF_8).length;
            assertEquals(bytes, r.headers().firstValueAsLong("Content-Length").orElse(-1), q + " is sent whole, not chunked");
            larger |= bytes > TyoverkkoServer.OUTPUT_BUFFER_BYTES;
        }
        assertTrue(larger, "one answer is larger than the output buffer");
    }

    @Test void answers_comeGzipped_toClientsThatAcceptIt_andPlainToOthers() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        for (String q : List.of("network.srj", "regions-partners.csv")) {
            var plain = ServerTest.get(api(q));
            var gz = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api(q)))
                .header("Accept-Encoding", "br;q=1.0, gzip;q=0.8").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, gz.statusCode(), q);
            assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElse(""), q);
            assertEquals(gz.body().length, gz.headers().firstValueAsLong("Content-Length").orElse(-1), q);
            assertTrue(gz.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"), q);
            String expanded = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz.body())).readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(plain.body(), expanded, q);
            assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), q);
            assertTrue(!plain.headers().firstValue("ETag").equals(gz.headers().firstValue("ETag")), "each representation has its own ETag");
        }
        var refused = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api("network.srj")))
            .header("Accept-Encoding", "gzip;q=0, identity").build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty(), "gzip;q=0 refuses gzip");
        assertTrue(refused.body().startsWith("{"));
    }

    @Test void regionsQuery_alwaysGives19Rows_whateverTheFilters() throws Exception {
        for (String q : List.of("", "?year=2018", "?year=1990", "?programme=STEA", "?programme=XYZ",
                "?funder=no-such-funder", "?project=no-such-project&year=2019")) {
            var r = ServerTest.get(api("regions-partners.json" + q));
            assertEquals(200, r.statusCode(), q + ": " + r.body());
            assertEquals(19, JSON.parseAny(r.body()).getAsArray().size(), q);
        }
    }

    @Test void badParameters_get400_withAMessage() throws Exception {
        String[][] cases = {
            {"regions-partners?year=last", "must be a whole number"},
            {"regions-partners?colour=red", "unknown parameter 'colour'"},
            {"co-partners", "parameter 'organisation' is required"},
            {"co-partners?organisation=vates-saatio&min_shared=x", "min_shared"},
            {"organisations-ranked?role=boss", "must be one of"},
            {"fact-sources?resource=javascript:alert(1)", "http(s) IRI"},
            {"regions-partners?year=2018&year=2019", "given 2 times"},
            {"regions-partners.xml", "format"},
        };
        for (String[] c : cases) {
            var r = ServerTest.get(api(c[0]));
            assertEquals(400, r.statusCode(), c[0]);
            JsonObject body = JSON.parse(r.body());
            assertTrue(body.get("error").getAsString().value().contains(c[1]), c[0] + " → " + r.body());
        }
        assertEquals(404, ServerTest.get(api("no-such-query")).statusCode());
    }

    static final List<String> INJECTIONS = List.of(
        "x> } ; DROP ALL ; SELECT * { ?s ?p ?o",
        "vates-saatio> } UNION { ?s ?p ?o",
        "' OR 1=1 --",
        "\") } INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
        "https://w3id.org/tyoverkko/id/project/x> . ?s ?p ?o . <urn:x",
        "1; DELETE WHERE { ?s ?p ?o }",
        "../../etc/passwd",
        "2018 } } UNION { ?s ?p ?o");

    @Test void injectionInEveryParameter_getsA400OrAnEmptyAnswer_andChangesNothing() throws Exception {
        var ds = TestKnowledgeBase.store().dataset();
        long before = Txn.calculateRead(ds, () -> ds.stream().count());
        int tried = 0;
        for (NamedQuery q : catalogue.all()) {
            for (String param : q.parameters().keySet()) {
                for (String attack : INJECTIONS) {
                    String url = api(q.name() + ".json?" + param + "=" + enc(attack));
                    for (var required : q.parameters().values()) {
                        if (required.required() && !required.name().equals(param)) url += "&" + required.name() + "=" + enc(sample(required.type()));
                    }
                    var r = ServerTest.get(url);
                    tried++;
                    if (r.statusCode() == 200 && q.name().equals("search")) {
                        // free text: the words are searched for, as words; nothing else happens
                        assertTrue(JSON.parseAny(r.body()).isArray());
                    } else if (r.statusCode() == 200) {
                        var rows = JSON.parseAny(r.body()).getAsArray();
                        boolean regionList = q.name().equals("regions-partners") || q.name().equals("regions-without-events");
                        assertTrue(rows.isEmpty() || regionList && rows.size() <= 19, q.name() + "?" + param + "=" + attack + " → " + r.body());
                    } else {
                        assertEquals(400, r.statusCode(), q.name() + "?" + param + "=" + attack);
                    }
                }
            }
        }
        assertTrue(tried > 50, "tried " + tried);
        assertEquals(before, Txn.calculateRead(ds, () -> ds.stream().count()));
    }

    static String sample(String type) {
        return switch (type) {
            case "integer", "year" -> "2019";
            case "region" -> "07";
            case "municipality" -> "398";
            case "iri" -> "https://w3id.org/tyoverkko/id/organisation/vates-saatio";
            default -> "vates-saatio";
        };
    }

    @Test void network_exportsAsGraphmlAndGexf_overHttp() throws Exception {
        var graphml = ServerTest.get("http://localhost:" + server.getPort() + "/export/network.graphml");
        assertEquals(200, graphml.statusCode());
        assertTrue(graphml.body().contains("<graphml") && graphml.body().contains("https://w3id.org/tyoverkko/id/organisation/vates-saatio"));
        assertTrue(graphml.body().contains("betweenness"));
        var gexf = ServerTest.get("http://localhost:" + server.getPort() + "/export/network.gexf?year=2019");
        assertEquals(200, gexf.statusCode());
        assertTrue(gexf.body().contains("<gexf"));
        assertEquals(400, ServerTest.get("http://localhost:" + server.getPort() + "/export/network.gexf?year=x").statusCode());
    }

    @Test void regionGeometry_isServedAsGeojson() throws Exception {
        var s = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), new ServerSettings(0, 5000, 100, null, null, false,
            TestKnowledgeBase.projectRoot().resolve("data/reference"))).start();
        try {
            var r = ServerTest.get("http://localhost:" + s.getPort() + "/data/regions.geojson");
            assertEquals(200, r.statusCode());
            assertEquals(19, JSON.parse(r.body()).get("features").getAsArray().size());
            int traversal = ServerTest.get("http://localhost:" + s.getPort() + "/data/..%2F..%2Fpom.xml").statusCode();
            assertTrue(traversal == 400 || traversal == 404, "path traversal answered " + traversal);
            assertEquals(404, ServerTest.get("http://localhost:" + s.getPort() + "/data/municipalities.csv").statusCode());
        } finally {
            s.stop();
        }
    }

    @Test void openApi_describesEveryQuery() throws Exception {
        var r = ServerTest.get(api("openapi.json"));
        assertEquals(200, r.statusCode());
        JsonObject doc = JSON.parse(r.body());
        assertEquals("3.0.3", doc.get("openapi").getAsString().value());
        JsonObject paths = doc.get("paths").getAsObject();
        for (NamedQuery q : catalogue.all()) {
            assertTrue(paths.hasKey("/api/" + q.name()), q.name());
            JsonArray params = paths.get("/api/" + q.name()).getAsObject().get("get").getAsObject().get("parameters").getAsArray();
            assertEquals(q.parameters().size(), params.size(), q.name());
        }
        var list = JSON.parseAny(ServerTest.get(api("")).body()).getAsArray();
        assertEquals(catalogue.all().size(), list.size());
    }
}
