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
            var call = new QueryBenchmark.Call("timeline", "from=2001", "query=SELECT".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[1 << 16];
            for (int i = 0; i < 3; i++) assertEquals(answer.length, call.fetch(api, buffer));
            assertEquals(answer.length, call.fetch(endpoint, buffer));
            assertEquals(1, ports.stream().distinct().count(), "one connection for all requests: " + ports);
            assertEquals(List.of("GET /api/timeline.srj?from=2001 ", "GET /api/timeline.srj?from=2001 ",
                "GET /api/timeline.srj?from=2001 ", "POST /sparql query=SELECT"), forms);
            var broken = new QueryBenchmark.Call("broken", "", new byte[0]);
            IOException e = assertThrows(IOException.class, () -> broken.fetch(api, buffer));
            assertTrue(e.getMessage().endsWith("/api/broken.srj: HTTP 500"), e.getMessage());
        } finally {
            server.stop(0);
        }
    }
}
