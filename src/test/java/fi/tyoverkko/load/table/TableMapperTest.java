package fi.tyoverkko.load.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.resolve.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableMapperTest {
    static final Path FIXTURES = Path.of("src/test/resources/tables").toAbsolutePath();

    @TempDir Path tmp;

    /** The fixture mapping pointed at another table (and extra header lines). */
    private TableMapping mapping(String table, String extraHeader) throws IOException {
        String text = Files.readString(FIXTURES.resolve("dialect.rq"))
            .replace("#+ table: organisations.csv", "#+ table: " + table + "\n" + extraHeader);
        Path m = FIXTURES.resolve("tmp-" + Math.abs((table + extraHeader).hashCode()) + ".rq");
        Path copy = tmp.resolve(m.getFileName());
        Files.writeString(copy, text);
        // the table path is relative to the mapping: make it absolute to the fixtures folder
        Files.writeString(copy, text.replace("#+ table: " + table, "#+ table: " + FIXTURES.resolve(table)));
        return TableMapping.read(copy, FIXTURES.getParent());
    }

    private static Graph run(TableMapping m) {
        return TableMapper.run(m, DatasetGraphFactory.createGeneral(), new Resolver(), null).graph();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "organisations.csv, ''",
        "organisations-semicolon-bom.csv, ''",
        "organisations-windows-1252.csv, '#+ encoding: windows-1252'",
        "organisations.xlsx, ''",
    })
    void everyDialect_givesTheHandWrittenTriples(String table, String header) throws IOException {
        Graph expected = RDFDataMgr.loadGraph(FIXTURES.resolve("expected-organisations.ttl").toString());
        Graph actual = run(mapping(table, header));
        assertTrue(expected.isIsomorphicWith(actual), () -> "graph from " + table + " differs:\n" + actual);
    }

    @Test void windows1252_readAsUtf8_isAnEncodingError_namingTheFile() throws IOException {
        var e = assertThrows(SourceException.class, () -> run(mapping("organisations-windows-1252.csv", "")));
        assertTrue(e.toString().startsWith("tables/organisations-windows-1252.csv:"), e.toString());
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    private SourceException failOn(String csv) throws IOException {
        Path table = tmp.resolve("bad.csv");
        Files.writeString(table, csv, StandardCharsets.UTF_8);
        Path m = tmp.resolve("bad.rq");
        Files.writeString(m, Files.readString(FIXTURES.resolve("dialect.rq")).replace("#+ table: organisations.csv", "#+ table: bad.csv"));
        return assertThrows(SourceException.class, () -> run(TableMapping.read(m, tmp)));
    }

    @Test void brokenQuote_namesTheLine() throws IOException {
        var e = failOn("name,founded,budget,municipality,email\nA ry,2018,\"12,Kotka,\nB ry,2019,5,Kotka,\n");
        assertEquals("bad.csv", e.path());
        assertTrue(e.line() >= 2, e.toString());
        assertTrue(e.getMessage().startsWith("malformed CSV"), e.getMessage());
    }

    @Test void raggedRow_namesTheLine() throws IOException {
        var e = failOn("name,founded,budget,municipality,email\nA ry,2018,5,Kotka,\nB ry,2019,5\n");
        assertEquals(3, e.line());
        assertEquals("row has 3 cells but the header has 5 columns", e.getMessage());
    }

    @Test void invalidDate_namesLineAndColumn() throws IOException {
        var e = failOn("name,founded,budget,municipality,email\nA ry,2018,5,Kotka,\nB ry,31.2.2019,5,Kotka,\n");
        assertEquals("bad.csv:3:2", e.location());
        assertTrue(e.getMessage().contains("column 'founded'"), e.getMessage());
    }

    @Test void negativeAmount_isRejected() throws IOException {
        var e = failOn("name,founded,budget,municipality,email\nA ry,2018,-5 €,Kotka,\n");
        assertEquals("bad.csv:2:3", e.location());
        assertTrue(e.getMessage().contains("negative amount"), e.getMessage());
    }

    @Test void missingRequiredColumn_isRejectedAtTheHeader() throws IOException {
        var e = failOn("name,founded,municipality,email\nA ry,2018,Kotka,\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().startsWith("missing required column 'budget'"), e.getMessage());
    }

    @Test void emptyRequiredCell_isRejected() throws IOException {
        var e = failOn("name,founded,budget,municipality,email\n,2018,5,Kotka,\n");
        assertEquals("bad.csv:2:1", e.location());
    }

    @Test void emptyFile_isRejected() throws IOException {
        var e = failOn("");
        assertTrue(e.getMessage().startsWith("empty table"), e.getMessage());
    }

    @Test void mappingSyntaxError_namesTheMappingLine() throws IOException {
        Path m = tmp.resolve("broken.rq");
        Files.writeString(m, "#+ table: x.csv\nCONSTRUCT { ?s ?p ?o }\nWHERE { BIND( }\n");
        var e = assertThrows(SourceException.class, () -> TableMapping.read(m, tmp));
        assertEquals("broken.rq", e.path());
        assertEquals(3, e.line());
    }

    @Test void mappingWithoutTable_isRejected() throws IOException {
        Path m = tmp.resolve("notable.rq");
        Files.writeString(m, "CONSTRUCT { ?s ?p ?o } WHERE { }\n");
        var e = assertThrows(SourceException.class, () -> TableMapping.read(m, tmp));
        assertTrue(e.getMessage().contains("'#+ table:'"), e.getMessage());
    }

    @Test void semicolonIsDetected_fromTheHeader() {
        assertEquals(';', CsvDialectSniffer.delimiter("a;b;\"c,d\";e"));
        assertEquals(',', CsvDialectSniffer.delimiter("a,b,c"));
        assertEquals('\t', CsvDialectSniffer.delimiter("a\tb\tc"));
    }
}
