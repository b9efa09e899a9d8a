package fi.tyoverkko.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** How the benchmark decides whether two servers gave the same answer. */
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
}
