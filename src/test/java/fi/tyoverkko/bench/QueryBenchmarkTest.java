package fi.tyoverkko.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;

/** How the benchmark's load clients send their requests, and how it decides whether two servers gave the same answer. */
class QueryBenchmarkTest {
    private static String body(String betweenness, String datatype) {
        return "{\"head\":{\"vars\":[\"o\",\"b\"]},\"results\":{\"bindings\":[{\"o\":{\"type\":\"uri\",\"value\":\"http://x/a\"},"
            + "\"b\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#" + datatype + "\",\"value\":\"" + betweenness + "\"}}]}}";
    }

    private static String compare(String a, String b) {
        Map<String, TreeSet<String>> answers = new LinkedHashMap<>(), sorted = new LinkedHashMap<>(), coarse = new LinkedHashMap<>();
        Map<String, String> bodies = Map.of("one", a, "two", b);
        for (String n : List.of("one", "two")) {
            answers.put(n, QueryBenchmark.rows(bodies.get(n), Map.of(), 6));
            sorted.put(n, QueryBenchmark.rows(bodies.get(n), Map.of(), 6));
            coarse.put(n, QueryBenchmark.rows(bodies.get(n), Map.of(), 5));
        }
        return QueryBenchmark.compare("q", answers, sorted, coarse, List.of(), new PrintStream(new ByteArrayOutputStream()));
    }

    @Test void numbersOnARoundingEdge_areTheSameAnswer_butOtherNumbersAreNot() {
        // 1.4006649e-08 prints as 1.40066e-08 and 1.4006650e-08 as 1.40067e-08 at six digits
        String edge = compare(body("1.4006649E-8", "double"), body("1.400665e-08", "double"));
        assertTrue(edge.startsWith("same 1 rows on all up to the sixth digit"), edge);
        String typed = compare(body("2", "integer"), body("2.0E0", "double"));
        assertTrue(typed.equals("same 1 rows on all"), typed);
        String different = compare(body("1.4006649E-8", "double"), body("1.4016649E-8", "double"));
        assertTrue(different.startsWith("DIFFERENT"), different);
    }

    /**
     * A load client reads every answer to its end over one kept-alive connection, and gives an
     * endpoint the query as a form. A client that stopped reading early or left the connection
     * unreturned would measure less than a user gets, or a new connection per request.
     */
    @Test void theLoadClientReadsWholeAnswers_overOneConnection_andPostsTheQueryToAnEndpoint() throws Exception {
        byte[] answer = new byte[3_000_017];
        Arrays.fill(answer, (byte) 'x');
        List<Integer> ports = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            ports.add(exchange.getRemoteAddress().getPort());
            forms.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean broken = exchange.getRequestURI().getPath().contains("broken");
            exchange.sendResponseHeaders(broken ? 500 : 200, broken ? 5 : answer.length);
            try (var out = exchange.getResponseBody()) {
                out.write(broken ? "oops!".getBytes(StandardCharsets.US_ASCII) : answer);
            }
        });
        server.start();
        try {
            String base = "http://localhost:" + server.getAddress().getPort();
            var api = new QueryBenchmark.Target("api", base + "/api");
            var endpoint = new QueryBenchmark.Target("endpoint", base + "/sparql");
            var call = new QueryBenchmark.Call("timeline", "from=2001", QueryFactory.create("SELECT * {}"), Map.of(),
                Map.of("", "query=SELECT".getBytes(StandardCharsets.US_ASCII)));
            byte[] buffer = new byte[1 << 16];
            for (int i = 0; i < 3; i++) assertEquals(answer.length, call.fetch(api, buffer));
            assertEquals(answer.length, call.fetch(endpoint, buffer));
            assertEquals(1, ports.stream().distinct().count(), "one connection for all requests: " + ports);
            assertEquals(List.of("GET /api/timeline.srj?from=2001 ", "GET /api/timeline.srj?from=2001 ",
                "GET /api/timeline.srj?from=2001 ", "POST /sparql query=SELECT"), forms);
            var broken = new QueryBenchmark.Call("broken", "", QueryFactory.create("SELECT * {}"), Map.of(), Map.of("", new byte[0]));
            IOException e = assertThrows(IOException.class, () -> broken.fetch(api, buffer));
            assertTrue(e.getMessage().endsWith("/api/broken.srj: HTTP 500"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    /** The query a load client sends to a target, decoded, on one line. */
    private static String sent(QueryBenchmark.Call call, QueryBenchmark.Target t) {
        return java.net.URLDecoder.decode(new String(call.form(t), StandardCharsets.US_ASCII), StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    }

    /**
     * A server given {@code bench.orderLimit.NAME} that fails a sorted query as written (Virtuoso's
     * SR319) is asked again with a LIMIT, its answer compared and the LIMIT named in the answers
     * table; an answer as long as the LIMIT may be cut off, so it counts as failed.
     */
    @Test void aServerThatCannotSortLongRows_isAskedAgainWithALimit_andAnAnswerAsLongAsTheLimitIsNotTakenAsWhole() throws Exception {
        String answer = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":["
            + "{\"s\":{\"type\":\"uri\",\"value\":\"http://x/a\"}},{\"s\":{\"type\":\"uri\",\"value\":\"http://x/b\"}}]}}";
        List<String> picky = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String form = java.net.URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII), StandardCharsets.UTF_8);
            boolean refuse = exchange.getRequestURI().getPath().equals("/picky") && form.contains("ORDER BY") && !form.contains("LIMIT");
            if (exchange.getRequestURI().getPath().equals("/picky")) picky.add(form.replaceAll("\\s+", " "));
            byte[] body = (refuse ? "Virtuoso 22026 Error SR319: Max row length is exceeded when trying to store a string of 6439 chars into a temp col"
                : answer).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refuse ? 500 : 200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bench-queries");
        try {
            java.nio.file.Files.writeString(dir.resolve("sorted.rq"), "#+ title: Sorted | Sorted\nSELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\n");
            var q = fi.tyoverkko.query.QueryCatalogue.load(dir, dir).get("sorted");
            String base = "http://localhost:" + server.getAddress().getPort();
            var targets = List.of(new QueryBenchmark.Target("plain", base + "/plain"), new QueryBenchmark.Target("picky", base + "/picky"));
            System.setProperty("bench.orderLimit.picky", "100");
            var call = QueryBenchmark.Call.of(q, Map.of());
            List<String> failed = new ArrayList<>();
            String agreement = QueryBenchmark.firstAnswers(q, call, targets, null, new LinkedHashMap<>(), failed, new PrintStream(new ByteArrayOutputStream()));
            assertEquals("same 2 rows on all; picky with LIMIT 100 added (the query as written failed: SR319)", agreement);
            assertTrue(failed.isEmpty(), failed.toString());
            assertEquals(2, picky.size());
            assertTrue(picky.get(1).endsWith("LIMIT 100 "), picky.get(1));
            assertTrue(sent(call, targets.get(1)).endsWith("LIMIT 100"), "the load sends the limited query too: " + sent(call, targets.get(1)));
            assertTrue(sent(call, targets.get(0)).endsWith("ORDER BY ?s"), "the others get it as written: " + sent(call, targets.get(0)));

            System.setProperty("bench.orderLimit.picky", "2");
            var cut = QueryBenchmark.Call.of(q, Map.of());
            String cutAgreement = QueryBenchmark.firstAnswers(q, cut, targets, null, new LinkedHashMap<>(), failed, new PrintStream(new ByteArrayOutputStream()));
            assertEquals(List.of("picky"), failed, "2 rows with LIMIT 2 may be cut off: " + cutAgreement);
        } finally {
            System.clearProperty("bench.orderLimit.picky");
            server.stop(0);
            try (var files = java.nio.file.Files.walk(dir)) {
                for (var f : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(f);
            }
        }
    }

    /**
     * A server given {@code bench.dialect.NAME} is sent the query of that name from the folder,
     * in its own syntax (which Jena cannot parse), with the parameters' values in place of the
     * placeholders; the others get the catalogue's query; the answers table says so. A placeholder
     * without a parameter is an error, not a variable left in the query.
     */
    @Test void aServerWithADialect_isSentItsOwnQuery_withTheParameterValuesInPlace() throws Exception {
        String answer = "{\"head\":{\"vars\":[\"s\"]},\"results\":{\"bindings\":[{\"s\":{\"type\":\"uri\",\"value\":\"http://x/a\"}}]}}";
        Map<String, List<String>> received = new java.util.concurrent.ConcurrentHashMap<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            String form = java.net.URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII), StandardCharsets.UTF_8);
            received.computeIfAbsent(exchange.getRequestURI().getPath(), k -> new ArrayList<>()).add(form);
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bench-queries");
        try {
            java.nio.file.Path dialects = java.nio.file.Files.createDirectory(dir.resolve("own"));
            java.nio.file.Path queries = java.nio.file.Files.createDirectory(dir.resolve("queries"));
            java.nio.file.Files.writeString(queries.resolve("find.rq"), "#+ title: Find | Find\n#+ param q: type=string; required\n"
                + "#+ param n: type=integer; default=7\nSELECT ?s WHERE { ?s ?p ?_q FILTER(?_n > 0) } LIMIT 3\n");
            java.nio.file.Files.writeString(dialects.resolve("find.rq"), "SELECT ?s WHERE { ?s ?p ?o . ?o bif:contains ?_q OPTION (score ?sc) } LIMIT ?_n\n");
            var q = fi.tyoverkko.query.QueryCatalogue.load(queries, dir).get("find");
            String base = "http://localhost:" + server.getAddress().getPort();
            var targets = List.of(new QueryBenchmark.Target("plain", base + "/plain"), new QueryBenchmark.Target("own", base + "/own"));
            System.setProperty("bench.dialect.own", dialects.toString());
            var call = QueryBenchmark.Call.of(q, Map.of("q", "verkosto"));
            String agreement = QueryBenchmark.firstAnswers(q, call, targets, null, new LinkedHashMap<>(), new ArrayList<>(), new PrintStream(new ByteArrayOutputStream()));
            assertEquals("same 1 rows on all; own asked in its own syntax (" + dialects.resolve("find.rq") + ")", agreement);
            assertEquals("query=SELECT ?s WHERE { ?s ?p ?o . ?o bif:contains \"verkosto\" OPTION (score ?sc) } LIMIT 7\n", received.get("/own").get(0));
            assertEquals(sent(call, targets.get(1)), received.get("/own").get(0).replaceAll("\\s+", " ").strip(), "the load sends it too");
            assertTrue(received.get("/plain").get(0).replaceAll("\\s+", " ").contains("?p \"verkosto\" FILTER ( 7 > 0 )"), received.get("/plain").get(0));
            assertTrue(!received.get("/plain").get(0).contains("bif:"), received.get("/plain").get(0));

            java.nio.file.Files.writeString(dialects.resolve("find.rq"), "SELECT ?s WHERE { ?s ?p ?_query }");
            var bad = QueryBenchmark.Call.of(q, Map.of("q", "verkosto"));
            var e = assertThrows(IllegalArgumentException.class, () -> QueryBenchmark.firstAnswers(q, bad, targets, null,
                new LinkedHashMap<>(), new ArrayList<>(), new PrintStream(new ByteArrayOutputStream())));
            assertTrue(e.getMessage().contains("?_query"), e.getMessage());
        } finally {
            System.clearProperty("bench.dialect.own");
            server.stop(0);
            try (var files = java.nio.file.Files.walk(dir)) {
                for (var f : files.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(f);
            }
        }
    }
}
