package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.cli.Main;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.QueryCatalogue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --remote}: the knowledge base written by {@code build --target} into a plain
 * Fuseki (TDB2, union default graph), served by a second Työverkko server that runs the catalogue
 * there, answers exactly like the server over the local store, restricted graphs included.
 */
class RemoteServeTest {
    static FusekiServer store, local, localPublicTests, localPersonal, remote, remotePublicTests, remotePersonal;
    static QueryCatalogue catalogue;

    /** Two test queries whose answers depend on the restricted graph: by graph, and over the default graph. */
    @org.junit.jupiter.api.io.TempDir static java.nio.file.Path queries;

    static QueryCatalogue personalQueries() throws java.io.IOException {
        java.nio.file.Path dir = queries;
        String header = "#+ title: t | t\n#+ description.fi: t\n#+ description.en: t\n#+ tags: test\n";
        java.nio.file.Files.writeString(dir.resolve("graphs.rq"), header
            + "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g\n");
        java.nio.file.Files.writeString(dir.resolve("emails.rq"), header
            + "SELECT (COUNT(*) AS ?n) WHERE { ?person <http://schema.org/email> ?mail }\n");
        return QueryCatalogue.load(dir, dir);
    }

    @BeforeAll static void start() throws Exception {
        DatasetGraph remoteData = DatabaseMgr.createDatasetGraph();
        remoteData.getContext().set(TDB2.symUnionDefaultGraph, true);
        store = FusekiServer.create().port(0).add("/ds", remoteData).build().start();
        String ds = "http://localhost:" + store.getPort() + "/ds";
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(err), "build", "--target", ds + "/data"), err.toString());

        // generous limits: this test compares answers, and CI machines may be slow and busy
        catalogue = QueryCatalogue.load(TestKnowledgeBase.projectRoot().resolve("queries"), TestKnowledgeBase.projectRoot());
        var pub = new ServerSettings(0, 60_000, 10_000, null, null, false, null);
        var personal = new ServerSettings(0, 60_000, 10_000, null, null, true, null);
        local = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), pub, catalogue).start();
        QueryCatalogue tests = personalQueries();
        localPublicTests = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), pub, tests).start();
        localPersonal = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(), personal, tests).start();
        remote = TyoverkkoServer.createOverRemote(new RemoteKnowledgeBase(ds + "/sparql", null, null, false, Duration.ofSeconds(60)), pub, catalogue).start();
        remotePublicTests = TyoverkkoServer.createOverRemote(new RemoteKnowledgeBase(ds + "/sparql", null, null, false, Duration.ofSeconds(60)), pub, tests).start();
        remotePersonal = TyoverkkoServer.createOverRemote(new RemoteKnowledgeBase(ds + "/sparql", null, null, true, Duration.ofSeconds(60)), personal, tests).start();
    }

    @AfterAll static void stop() {
        for (FusekiServer s : new FusekiServer[] {remotePersonal, remotePublicTests, remote, localPersonal, localPublicTests, local, store}) if (s != null) s.stop();
    }

    static String api(FusekiServer s, String pathAndQuery) { return "http://localhost:" + s.getPort() + "/api/" + pathAndQuery; }

    /** The rows of a SPARQL JSON answer, in their order (every catalogue query orders its rows). */
    static List<JsonValue> rows(FusekiServer s, String pathAndQuery) throws Exception {
        var r = ServerTest.get(api(s, pathAndQuery), "Accept", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), pathAndQuery + ": " + r.body());
        return new ArrayList<>(JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test void everyCatalogueQuery_answersAsOverTheLocalStore() throws Exception {
        String vates = "https://w3id.org/tyoverkko/id/organisation/vates-saatio";
        String project = rows(local, "network.srj").get(0).getAsObject().get("project").getAsObject().get("value").getAsString().value();
        Map<String, String> args = Map.of("organisation", "vates-saatio", "resource", vates, "region", "12",
            "project", project.substring(project.lastIndexOf('/') + 1));
        int compared = 0;
        for (NamedQuery q : catalogue.all()) {
            if (q.name().equals("search") || !q.query().isSelectType()) continue;
            StringBuilder params = new StringBuilder();
            for (var p : q.parameters().values()) {
                if (p.required()) params.append(params.isEmpty() ? "?" : "&").append(p.name()).append('=').append(enc(args.get(p.name())));
            }
            String call = q.name() + ".srj" + params;
            List<JsonValue> expected = rows(local, call);
            assertEquals(expected, rows(remote, call), call);
            compared += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(compared >= 8, "only " + compared + " queries had rows to compare");
    }

    @Test void restrictedGraphs_areLeftOut_unlessPersonalDataIsServed() throws Exception {
        for (String call : List.of("graphs.srj", "emails.srj")) {
            List<JsonValue> hidden = rows(remotePublicTests, call), shown = rows(remotePersonal, call);
            assertNotEquals(hidden, shown, call + ": the contacts graph changes the answer");
            assertEquals(rows(localPublicTests, call), hidden, call);
            assertEquals(rows(localPersonal, call), shown, call);
        }
        assertTrue(rows(remotePersonal, "graphs.srj").toString().contains("people-contacts"));
        assertTrue(!rows(remotePublicTests, "graphs.srj").toString().contains("people-contacts"));
    }

    @Test void fullTextSearch_isRefusedWithAReason_andHealthCountsTheRemoteGraphs() throws Exception {
        var r = ServerTest.get(api(remote, "search?q=säätiö"));
        assertEquals(501, r.statusCode());
        assertTrue(r.body().contains("full-text"), r.body());
        var health = ServerTest.get("http://localhost:" + remote.getPort() + "/health");
        assertEquals(200, health.statusCode());
        assertTrue(JSON.parse(health.body()).get("graphs").getAsNumber().value().intValue() > 10, health.body());
    }
}
