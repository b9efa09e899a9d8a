package fi.tyoverkko.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What the build says it changed: a first build of a large project changes hundreds of graphs. */
class BuildCommandTest {
    private static List<String> graphs(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "document-" + i).toList();
    }

    @Test void aFewGraphs_areAllNamed_andManyAreCounted() {
        assertEquals("none", BuildCommand.graphNames(List.of()));
        String twenty = BuildCommand.graphNames(graphs(20));
        assertEquals(20, twenty.split(", ").length, twenty);
        assertEquals(String.join(", ", graphs(20)), twenty);
        String many = BuildCommand.graphNames(graphs(849));
        assertEquals(String.join(", ", graphs(20)) + " and 829 more (849 graphs; 'tyoverkko stats' lists them all)", many);
    }
}
