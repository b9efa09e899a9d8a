package fi.tyoverkko.load.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tyoverkko extract} from the command line: its formats and its errors. */
class ExtractCommandTest {
    @TempDir Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(new PrintWriter(err, true), args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void ttl_isTurtleWithOneEvidencePerFact() throws Exception {
        Path f = dir.resolve("note.txt");
        Files.writeString(f, "Järjestämme loppuseminaarin 20.11.2019. Hankkeen kokonaisbudjetti on 913 048 euroa.\n");
        Run r = run("extract", f.toString(), "--no-known", "-f", "ttl");
        assertEquals(0, r.exit(), r.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(g);
        long evidence = g.find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
            org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/tyoverkko/ontology#Evidence")).toList().size();
        assertEquals(3, evidence, "the date, the event (a seminar on that day) and the amount: " + r.out());
        assertTrue(r.out().contains("\"913 048 euroa\""), r.out());
    }

    @Test
    void missingFile_exitsWithOne_namingIt() {
        Run r = run("extract", dir.resolve("nothing.txt").toString(), "--no-known");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("nothing.txt") && r.err().contains("no such file"), r.err());
    }

    @Test
    void unknownTable_isAUsageError() throws Exception {
        Path f = Files.writeString(dir.resolve("a.txt"), "Teksti.");
        assertEquals(2, run("extract", f.toString(), "--no-known", "-f", "csv", "--table", "shoes").exit());
    }
}
