package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The endpoint over real HTTP on a free port: reads for all, writes only with credentials, no fetching, timeouts. */
class ServerTest {
    static FusekiServer publicServer;
    static FusekiServer writableServer;
    static DatasetGraph writable;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll static void start() {
        publicServer = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), new ServerSettings(0, 1500, 10_000, null, null)).start();
        writable = DatasetGraphFactory.createTxnMem();
        writableServer = TyoverkkoServer.create(writable, new ServerSettings(0, 1500, 10_000, "editor", "s3cret-test")).start();
    }

    @AfterAll static void stop() {
        publicServer.stop();
        writableServer.stop();
    }

    static String url(FusekiServer s, String path) { return "http://localhost:" + s.getPort() + path; }

    static HttpResponse<String> get(String url, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String url, String contentType, String body, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String q(String sparql) { return "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8); }

    static final String COUNT_REGIONS = "SELECT (COUNT(?r) AS ?n) WHERE { ?r a <https://w3id.org/tyoverkko/ontology#Region> }";

    @Test void select_returnsTheRegions_fromTheUnionDefaultGraph() throws Exception {
        var r = get(url(publicServer, "/kb/sparql") + q(COUNT_REGIONS), "Accept", "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n19\r\n", r.body());
    }

    @Test void update_withoutCredentials_isRefused_andChangesNothing() throws Exception {
        long before = count(TestKnowledgeBase.store().dataset());
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        for (String path : new String[] {"/kb/update", "/kb", "/kb/sparql", "/kb-admin/update"}) {
            var r = post(url(publicServer, path), "application/sparql-update", update);
            assertTrue(r.statusCode() >= 400, path + " answered " + r.statusCode());
        }
        var gsp = post(url(publicServer, "/kb/data?graph=urn:x"), "text/turtle", "<urn:a> <urn:b> <urn:c> .");
        assertTrue(gsp.statusCode() >= 400, "GSP write answered " + gsp.statusCode());
        assertEquals(before, count(TestKnowledgeBase.store().dataset()));
    }

    /** A refused POST whose body arrives after its headers: the connection still answers the next request. */
    @Test void aRefusedPost_leavesTheConnectionUsable() throws Exception {
        String body = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (var socket = new java.net.Socket("localhost", publicServer.getPort())) {
            socket.setSoTimeout(10_000);
            var out = socket.getOutputStream();
            var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 3; i++) {
                out.write(("POST /kb/sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-update\r\n"
                    + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                Thread.sleep(200); // the server answers before the body has arrived
                out.write(bytes);
                out.flush();
                String status = in.readLine();
                assertNotNull(status, "request " + (i + 1) + ": the connection was closed without an answer");
                assertTrue(status.matches("HTTP/1\\.1 4\\d\\d .*"), status);
                long length = 0;
                for (String h; !(h = in.readLine()).isEmpty(); ) {
                    if (h.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) length = Long.parseLong(h.substring(15).strip());
                    assertTrue(!h.equalsIgnoreCase("Connection: close"), "the server closes the connection after a refusal");
                }
                for (long n = 0; n < length; n++) in.read();
            }
        }
    }

    @Test void update_needsTheRightCredentials() throws Exception {
        String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
        var anonymous = post(url(writableServer, "/kb-admin/update"), "application/sparql-update", update);
        assertEquals(401, anonymous.statusCode());
        var wrong = post(url(writableServer, "/kb-admin/update"), "application/sparql-update", update, "Authorization", basic("editor", "guess"));
        assertEquals(401, wrong.statusCode());
        assertEquals(0, count(writable));
        var ok = post(url(writableServer, "/kb-admin/update"), "application/sparql-update", update, "Authorization", basic("editor", "s3cret-test"));
        assertTrue(ok.statusCode() / 100 == 2, "authenticated update answered " + ok.statusCode());
        assertEquals(1, Txn.calculateRead(writable, () -> writable.getGraph(org.apache.jena.graph.NodeFactory.createURI("urn:x")).size()));
        // and the store remembers it was written outside a build, so the next build compares its graphs
        assertTrue(Txn.calculateRead(writable, () -> fi.tyoverkko.build.MetaGraph.edited(
            writable.getGraph(fi.tyoverkko.vocab.TV.graphNode(fi.tyoverkko.vocab.TV.G_META)))));
        // the admin query endpoint needs the credentials too; public reading does not
        assertEquals(401, get(url(writableServer, "/kb-admin/sparql") + q("ASK {}")).statusCode());
        var read = get(url(writableServer, "/kb/sparql") + q("ASK { ?s ?p ?o }"), "Accept", "application/sparql-results+json");
        assertEquals(200, read.statusCode());
    }

    @Test void service_isRefused_beforeAnyWork() throws Exception {
        var r = get(url(publicServer, "/kb/sparql") + q("SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("SERVICE"), r.body());
    }

    @Test void slowQuery_isCutAtTheTimeout_andTheServerKeepsAnswering() throws Exception {
        String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f . FILTER(STR(?b) != STR(?f)) }";
        long t0 = System.nanoTime();
        var r = get(url(publicServer, "/kb/sparql") + q(slow));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(r.statusCode() >= 500 || !r.body().contains("\"n\""), "slow query was not cut: " + r.statusCode());
        assertTrue(seconds < 15, "took " + seconds + " s");
        var after = get(url(publicServer, "/kb/sparql") + q(COUNT_REGIONS), "Accept", "text/csv");
        assertEquals("n\r\n19\r\n", after.body());
    }

    @Test void results_areCapped() throws Exception {
        var capped = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), new ServerSettings(0, 5000, 7, null, null)).start();
        try {
            var r = get(url(capped, "/kb/sparql") + q("SELECT ?s WHERE { ?s ?p ?o }"), "Accept", "text/csv");
            assertEquals(8, r.body().strip().split("\r\n").length, r.body());
        } finally {
            capped.stop();
        }
    }

    @Test void cors_allowsDashboardsOnOtherOrigins() throws Exception {
        var r = get(url(publicServer, "/kb/sparql") + q("ASK {}"), "Origin", "http://dashboard.example");
        assertNotNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null), r.headers().map().toString());
        var preflight = http.send(HttpRequest.newBuilder(URI.create(url(publicServer, "/kb/sparql")))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "http://dashboard.example").header("Access-Control-Request-Method", "POST").build(),
            HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test void everyAnswer_carriesSecurityHeaders_andErrorsCarryNoStackTraces() throws Exception {
        for (String path : new String[] {"/health", "/kb/sparql?query=ASK%7B%7D", "/no/such/page", "/kb/sparql?query=SELEC"}) {
            var r = get(url(publicServer, path));
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"), path);
            assertTrue(!r.body().contains("\tat ") && !r.body().contains("Exception"), path + " leaks internals: " + r.body());
        }
    }

    @Test void health_andGraphStoreRead() throws Exception {
        var h = get(url(publicServer, "/health"));
        assertEquals(200, h.statusCode());
        assertTrue(h.body().contains("\"ok\""));
        var g = get(url(publicServer, "/kb/get?graph=https://w3id.org/tyoverkko/graph/reference"), "Accept", "text/turtle");
        assertEquals(200, g.statusCode());
        assertTrue(g.body().contains("Uusimaa"));
    }

    @Test void personalData_isHiddenFromThePublic_butNotFromTheEditor() throws Exception {
        String ask = q("ASK { ?person <http://schema.org/email> ?mail }");
        var stored = TestKnowledgeBase.number("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?p schema:email ?m } }");
        assertTrue(stored > 0, "the test knowledge base has no e-mail addresses to hide");
        assertEquals("false", JsonAsk.of(get(url(publicServer, "/kb/sparql") + ask, "Accept", "application/sparql-results+json").body()));
        var gsp = get(url(publicServer, "/kb/get?graph=https://w3id.org/tyoverkko/graph/people-contacts"), "Accept", "text/turtle");
        assertEquals(404, gsp.statusCode());
        var names = get(url(publicServer, "/kb/sparql") + q("ASK { ?p a <http://schema.org/Person> ; <http://schema.org/name> ?n }"), "Accept", "application/sparql-results+json");
        assertEquals("true", JsonAsk.of(names.body()));
        var admin = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), new ServerSettings(0, 5000, 100, "editor", "pw-test")).start();
        try {
            var r = get(url(admin, "/kb-admin/sparql") + ask, "Accept", "application/sparql-results+json", "Authorization", basic("editor", "pw-test"));
            assertEquals("true", JsonAsk.of(r.body()));
            assertEquals("false", JsonAsk.of(get(url(admin, "/kb/sparql") + ask, "Accept", "application/sparql-results+json").body()));
        } finally {
            admin.stop();
        }
    }

    /** The boolean of a SPARQL ASK result in JSON. */
    static final class JsonAsk {
        static String of(String body) {
            return Boolean.toString(org.apache.jena.atlas.json.JSON.parse(body).get("boolean").getAsBoolean().value());
        }
    }

    private static long count(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
