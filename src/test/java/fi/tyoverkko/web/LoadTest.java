package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.query.QueryCatalogue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.Test;

/**
 * A bounded load test on loopback: 32 clients send mixed catalogue queries, page views and health
 * checks for a fixed time while a few clients send pathological queries (cartesian products,
 * deep property paths) that must be cut at the timeout. No answer may be a server error other
 * than those cuts (503), and the server must keep answering. Quick form: 10 s; -Dload.seconds=60
 * for the full one. Prints p50/p99.
 */
class LoadTest {
    static final String[] NORMAL = {
        "/api/regions-partners", "/api/co-partners?organisation=vates-saatio", "/api/organisations-ranked",
        "/api/timeline", "/api/funding", "/api/search?q=s%C3%A4%C3%A4ti%C3%B6", "/api/conflicts",
        "/api/project-card?project=kehittamisen-koordinaatiohanke", "/health",
        // page views
        "/id/organisation/vates-saatio?format=html", "/id/region/07?format=html", "/id/project/kehittamisen-koordinaatiohanke?format=html",
        "/dataset?format=html", "/ontology?format=html", "/id/organisation/vates-saatio?format=jsonld",
        "/", "/assets/dashboard.js", "/api/network",
    };
    static final String[] PATHOLOGICAL = {
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://www.w3.org/2004/02/skos/core#prefLabel>|^<http://www.w3.org/2004/02/skos/core#prefLabel>|<http://schema.org/containedInPlace>|^<http://schema.org/containedInPlace>)* ?b . ?b ?p ?c }",
    };

    @Test void thirtyTwoClients_getNoServerErrors_andSlowQueriesAreCut() throws Exception {
        int seconds = Integer.getInteger("load.seconds", 10), clients = 32, abusers = 2;
        var catalogue = QueryCatalogue.load(TestKnowledgeBase.projectRoot().resolve("queries"), TestKnowledgeBase.projectRoot());
        FusekiServer server = TyoverkkoServer.create(TestKnowledgeBase.store().searchable(),
            new ServerSettings(0, 2000, 10_000, null, null), catalogue).start();
        String base = "http://localhost:" + server.getPort();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger serverErrors = new AtomicInteger(), unexpected = new AtomicInteger(), cut = new AtomicInteger(), requests = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients + abusers);
        try {
            for (int c = 0; c < clients + abusers; c++) {
                boolean abuser = c >= clients;
                int id = c;
                pool.submit(() -> {
                    int i = id;
                    while (System.nanoTime() < end) {
                        String path = abuser ? "/kb/sparql?query=" + URLEncoder.encode(PATHOLOGICAL[i % PATHOLOGICAL.length], StandardCharsets.UTF_8)
                            : NORMAL[i % NORMAL.length];
                        i++;
                        long t0 = System.nanoTime();
                        try {
                            var r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                                HttpResponse.BodyHandlers.discarding());
                            requests.incrementAndGet();
                            if (abuser && r.statusCode() == 503) cut.incrementAndGet();
                            else if (r.statusCode() >= 500) {
                                serverErrors.incrementAndGet();
                                failures.add(r.statusCode() + " " + path);
                            } else if (!abuser && r.statusCode() != 200) {
                                unexpected.incrementAndGet();
                                failures.add(r.statusCode() + " " + path);
                            }
                            if (!abuser) latencies.add(System.nanoTime() - t0);
                        } catch (Exception e) {
                            serverErrors.incrementAndGet();
                            failures.add(e + " " + path);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(seconds + 60, TimeUnit.SECONDS), "clients did not stop");
            // after the storm the server still answers at once
            var after = http.send(HttpRequest.newBuilder(URI.create(base + "/api/regions-partners.csv")).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode());
        } finally {
            server.stop();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6, p99 = sorted.get((int) (sorted.size() * 0.99)) / 1e6;
        System.out.printf("load: %d clients + %d abusive, %d s: %d requests, %d normal answers, p50 %.1f ms, p99 %.1f ms, %d slow queries cut, %d server errors%n",
            clients, abusers, seconds, requests.get(), sorted.size(), p50, p99, cut.get(), serverErrors.get());
        assertEquals(0, serverErrors.get(), "server errors: " + failures.stream().limit(5).toList());
        assertEquals(0, unexpected.get(), "normal requests not answered 200: " + failures.stream().limit(5).toList());
        assertTrue(cut.get() > 0, "no pathological query was cut at the timeout");
        assertTrue(sorted.size() > 100, "too few answers: " + sorted.size());
    }
}
