package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.Project;
import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.query.QueryCatalogue;
import fi.tyoverkko.store.KnowledgeStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rebuilds inside a running server while clients query it (issue 9, readers during rebuild), and
 * HTTP caching across a rebuild (issue 7). Two versions of the data alternate: B adds
 * organisations and their memberships to A. Every answer must be exactly A's or exactly B's,
 * never a mix and never a server error.
 */
class RebuildWhileServingTest {
    @TempDir static Path dir;
    static Project project;
    static KnowledgeStore store;
    static FusekiServer server;
    static String tableA, membershipsA, tableB, membershipsB;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final int ADDED = 40;
    /** Counts that two graphs hold; a reader must see both from the same version. */
    static final String COUNTS = """
        SELECT (COUNT(DISTINCT ?o) AS ?orgs) (COUNT(DISTINCT ?m) AS ?members) WHERE {
          { GRAPH <https://w3id.org/tyoverkko/graph/organisations> { ?o a <http://www.w3.org/ns/org#Organization> } }
          UNION { GRAPH <https://w3id.org/tyoverkko/graph/memberships> { ?m a <http://www.w3.org/ns/org#Membership> } } }""";

    @BeforeAll static void start() throws IOException {
        Path root = dir.resolve("project");
        for (String part : List.of("ontology", "data", "queries")) copyTree(TestKnowledgeBase.projectRoot().resolve(part), root.resolve(part));
        project = new Project(root, dir.resolve("store"));
        tableA = Files.readString(root.resolve("data/curated/organisations.csv"));
        membershipsA = Files.readString(root.resolve("data/curated/memberships.csv"));
        String project0 = fi.tyoverkko.curated.Tables.read("data/curated/projects.csv").get(0).get("name");
        StringBuilder orgs = new StringBuilder(tableA), members = new StringBuilder(membershipsA);
        for (int i = 0; i < ADDED; i++) {
            orgs.append("Kokeiluyhdistys ").append(i).append(" ry,,association,,,,keko-esitys-2018,test row\n");
            members.append('"').append(project0).append("\",Kokeiluyhdistys ").append(i).append(" ry,partner,,,keko-esitys-2018,test row\n");
        }
        tableB = orgs.toString();
        membershipsB = members.toString();
        store = KnowledgeStore.open(project.store());
        build();
        var catalogue = QueryCatalogue.load(root.resolve("queries"), root);
        server = TyoverkkoServer.create(store.searchable(), new ServerSettings(0, 10_000, 10_000, "editor", "pw-rebuild"), catalogue,
            RebuildWhileServingTest::build).start();
    }

    @AfterAll static void stop() {
        server.stop();
        store.close();
    }

    static String build() {
        var outcome = new KnowledgeBaseBuilder(project, s -> {}, RowProgress.quiet()).build(store);
        return "changed " + outcome.changed();
    }

    static void useVersion(boolean b) throws IOException {
        Files.writeString(project.root().resolve("data/curated/organisations.csv"), b ? tableB : tableA);
        Files.writeString(project.root().resolve("data/curated/memberships.csv"), b ? membershipsB : membershipsA);
    }

    static HttpResponse<String> get(String path, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path)).timeout(Duration.ofSeconds(30));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return http.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> rebuildOverHttp(String password) throws Exception {
        String auth = Base64.getEncoder().encodeToString(("editor:" + password).getBytes(StandardCharsets.UTF_8));
        var req = HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/admin/rebuild"))
            .timeout(Duration.ofSeconds(120)).header("Authorization", "Basic " + auth).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString());
    }

    static String counts() throws Exception {
        var r = get("/kb/sparql?query=" + URLEncoder.encode(COUNTS, StandardCharsets.UTF_8), "Accept", "text/csv");
        if (r.statusCode() != 200) return "HTTP " + r.statusCode();
        return r.body().strip().split("\\R")[1];
    }

    @Test void readersSeeWholeVersions_whileTheServerRebuildsFiveTimes() throws Exception {
        useVersion(false);
        rebuildOverHttp("pw-rebuild");
        String a = counts();
        useVersion(true);
        rebuildOverHttp("pw-rebuild");
        String b = counts();
        assertNotEquals(a, b, "the two versions differ");
        Set<String> seen = ConcurrentHashMap.newKeySet();
        List<String> wrong = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger answers = new AtomicInteger(), searches = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            Thread t = new Thread(() -> {
                while (running.get()) {
                    try {
                        if (n % 3 == 2) {
                            // full-text search runs on the index that each rebuild swaps
                            var r = get("/api/search?q=yhdistys");
                            if (r.statusCode() != 200) wrong.add("search HTTP " + r.statusCode());
                            searches.incrementAndGet();
                            continue;
                        }
                        String c = counts();
                        answers.incrementAndGet();
                        seen.add(c);
                        if (!c.equals(a) && !c.equals(b)) wrong.add(c);
                    } catch (Exception e) {
                        wrong.add(e.toString());
                    }
                }
            });
            t.start();
            readers.add(t);
        }
        for (int i = 0; i < 5; i++) {
            useVersion(i % 2 == 0 ? false : true);
            var r = rebuildOverHttp("pw-rebuild");
            assertEquals(200, r.statusCode(), r.body());
        }
        running.set(false);
        for (Thread t : readers) t.join();
        System.out.printf("rebuild while serving: 5 rebuilds, %d count queries, %d searches, versions seen %s, wrong %d%n",
            answers.get(), searches.get(), seen, wrong.size());
        assertTrue(wrong.isEmpty(), "answers that were neither version, or errors: " + wrong.subList(0, Math.min(5, wrong.size())));
        assertEquals(Set.of(a, b), seen, "readers saw both versions");
        assertTrue(searches.get() > 0);
    }

    /**
     * A build's scratch files (memory-mapped, already nameless) are unmapped only when their arrays
     * are collected: the server collects right after a rebuild, or a quiet one would keep every
     * rebuild's scratch, memory and disk, until its old generation happened to be collected.
     */
    @Test void aRebuild_leavesNoScratchFileMapped() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "Linux shows a process's mappings");
        useVersion(false);
        // other tests in this JVM may hold a build's graphs still (and so their scratch): only the rebuild's own count
        Set<String> before = Set.copyOf(scratchMapped());
        assertEquals(200, rebuildOverHttp("pw-rebuild").statusCode());
        List<String> left = scratchMapped().stream().filter(f -> !before.contains(f)).toList();
        for (int i = 0; i < 30 && !left.isEmpty(); i++) { // the cleaner thread unmaps a moment after the collection
            Thread.sleep(100);
            left = scratchMapped().stream().filter(f -> !before.contains(f)).toList();
        }
        assertEquals(0, left.size(), "scratch still mapped after a rebuild, e.g. " + left.subList(0, Math.min(3, left.size())));
    }

    /** The scratch files this process has mapped (each file once, by name: they are unique). */
    static List<String> scratchMapped() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.contains("/tyoverkko-") && l.contains(".ints"))
            .map(l -> l.substring(l.indexOf("/tyoverkko-"))).distinct().toList();
    }

    @Test void rebuild_needsTheCredentials_andABrokenTableLeavesTheStoreAsItWas() throws Exception {
        assertEquals(401, rebuildOverHttp("wrong").statusCode());
        useVersion(false);
        rebuildOverHttp("pw-rebuild");
        String before = counts();
        Files.writeString(project.root().resolve("data/curated/organisations.csv"), tableA + "\"unbalanced quote,,association\n");
        var r = rebuildOverHttp("pw-rebuild");
        assertEquals(422, r.statusCode());
        assertTrue(r.body().contains("organisations.csv"), "names the file: " + r.body());
        assertEquals(before, counts());
    }

    @Test void conditionalGet_is304_untilARebuildChangesTheData() throws Exception {
        useVersion(false);
        rebuildOverHttp("pw-rebuild");
        for (String path : List.of("/api/organisations-ranked", "/id/region/01", "/dataset", "/")) {
            var first = get(path, "Accept", "text/html");
            assertEquals(200, first.statusCode(), path);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertTrue(first.headers().firstValue("Last-Modified").isPresent());
            assertEquals(304, get(path, "Accept", "text/html", "If-None-Match", etag).statusCode(), path);
            // a rebuild that changes nothing keeps the version
            rebuildOverHttp("pw-rebuild");
            assertEquals(304, get(path, "Accept", "text/html", "If-None-Match", etag).statusCode(), path + " after an idle rebuild");
            useVersion(true);
            rebuildOverHttp("pw-rebuild");
            var after = get(path, "Accept", "text/html", "If-None-Match", etag);
            assertEquals(200, after.statusCode(), path + " after a rebuild that changed data");
            assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
            if (path.startsWith("/api/")) {
                // the answer itself is new, not one kept from before the rebuild
                assertTrue(after.body().contains("Kokeiluyhdistys 0 ry"), "new data in the answer");
                assertTrue(get(path).body().contains("Kokeiluyhdistys 0 ry"), "and without validators too");
            }
            useVersion(false);
            rebuildOverHttp("pw-rebuild");
        }
        // another representation of the same resource has another tag
        String html = get("/id/region/01", "Accept", "text/html").headers().firstValue("ETag").orElseThrow();
        String ttl = get("/id/region/01", "Accept", "text/turtle").headers().firstValue("ETag").orElseThrow();
        assertNotEquals(html, ttl);
        // errors carry no validators
        assertTrue(get("/id/organisation/no-such-thing").headers().firstValue("ETag").isEmpty());
    }

    @Test void aWriteThroughKbAdmin_changesTheVersion_andTheCachedAnswer() throws Exception {
        useVersion(false);
        rebuildOverHttp("pw-rebuild");
        String path = "/api/organisations-ranked";
        var first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(!first.body().contains("Päivitysyhdistys ry"));
        assertEquals(304, get(path, "If-None-Match", etag).statusCode());
        String update = """
            INSERT DATA { GRAPH <https://w3id.org/tyoverkko/graph/organisations> {
              <https://w3id.org/tyoverkko/id/organisation/paivitysyhdistys-ry> a <https://w3id.org/tyoverkko/ontology#Organisation> ;
                <http://www.w3.org/2004/02/skos/core#prefLabel> "Päivitysyhdistys ry"@fi .
              <https://w3id.org/tyoverkko/id/membership/paivitys> <http://www.w3.org/ns/org#member> <https://w3id.org/tyoverkko/id/organisation/paivitysyhdistys-ry> ;
                <http://www.w3.org/ns/org#organization> <https://w3id.org/tyoverkko/id/project/paivitys> ;
                <http://www.w3.org/ns/org#role> <https://w3id.org/tyoverkko/id/role/partner> } }""";
        String auth = Base64.getEncoder().encodeToString("editor:pw-rebuild".getBytes(StandardCharsets.UTF_8));
        var r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/kb-admin/update"))
            .header("Authorization", "Basic " + auth).header("Content-Type", "application/sparql-update")
            .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, r.statusCode(), r.body());
        var after = get(path, "If-None-Match", etag);
        assertEquals(200, after.statusCode(), "the old tag no longer matches");
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertTrue(after.body().contains("Päivitysyhdistys ry"), "the answer is not the one cached before the write");
        rebuildOverHttp("pw-rebuild");
        assertTrue(!get(path).body().contains("Päivitysyhdistys ry"), "a rebuild puts the tables' version back");
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
