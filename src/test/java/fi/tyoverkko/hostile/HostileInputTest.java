package fi.tyoverkko.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.load.RdfFiles;
import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.load.table.TableMapper;
import fi.tyoverkko.load.table.TableMapping;
import fi.tyoverkko.resolve.Resolver;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile inputs for the loaders: malformed CSV, invalid encodings, broken Turtle,
 * zip bombs and entity expansion in workbooks, path traversal and fetching in mappings, huge
 * and empty files. Each must end in a clear, located error or a correct bounded result within
 * seconds; never a crash, a hang or a silent partial load. (API injections: ApiTest.)
 */
class HostileInputTest {
    @TempDir static Path tmp;

    /** Outcomes by kind, printed at the end as the corpus report. */
    static final TreeMap<String, Integer> OUTCOMES = new TreeMap<>();

    static final String HEADER = "name,founded,budget\n";
    static final String MAPPING = """
        #+ table: %s
        #+ required: name
        %s
        PREFIX tvf: <https://w3id.org/tyoverkko/function#>
        PREFIX schema: <http://schema.org/>
        CONSTRUCT { ?o schema:name ?name ; schema:foundingDate ?d ; schema:value ?b . }
        WHERE { BIND(tvf:id("organisation", ?name) AS ?o) BIND(tvf:date(?founded) AS ?d) BIND(tvf:euro(?budget) AS ?b) }
        """;

    /** A case: some bytes as a table, and whether the load must fail ("error") or succeed with N rows. */
    record Case(String kind, String name, String file, Supplier<byte[]> bytes, String header, long rowsIfOk) {}

    static int counter;

    static Path write(String file, byte[] bytes) throws IOException {
        Path dir = tmp.resolve("c" + (counter++));
        Files.createDirectories(dir);
        Path p = dir.resolve(file);
        Files.write(p, bytes);
        return p;
    }

    /** Runs one table case and classifies its outcome. */
    static void runTable(Case c) throws IOException {
        Path table = write(c.file(), c.bytes().get());
        Path mapping = table.resolveSibling("m.rq");
        Files.writeString(mapping, MAPPING.formatted(c.file(), c.header()));
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try {
                var r = TableMapper.run(TableMapping.read(mapping, table.getParent()), DatasetGraphFactory.createGeneral(), new Resolver(), null);
                assertTrue(c.rowsIfOk() >= 0, c.name() + ": expected an error, but " + r.rows() + " rows loaded");
                assertEquals(c.rowsIfOk(), r.rows(), c.name());
                record("bounded result", c);
            } catch (SourceException e) {
                assertTrue(c.rowsIfOk() < 0, c.name() + ": expected success, got " + e);
                assertTrue(e.path() != null && !e.getMessage().isBlank(), c.name() + ": error without a place: " + e);
                record("clear error", c);
            }
        });
    }

    static synchronized void record(String outcome, Case c) {
        OUTCOMES.merge(c.kind() + " → " + outcome, 1, Integer::sum);
    }

    static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }

    static List<Case> csvCases() {
        List<Case> cases = new ArrayList<>();
        String ok = "A ry,19.9.2018,\"12 167 957\"\n";
        // broken quotes at different places
        for (int i = 0; i < 12; i++) {
            String rows = ok.repeat(i) + "B ry,2018,\"12\n" + ok.repeat(3);
            cases.add(new Case("malformed CSV", "unbalanced quote after " + i + " rows", "t.csv", () -> utf8(HEADER + rows), "", -1));
        }
        for (int cells = 1; cells <= 8; cells++) {
            if (cells == 3) continue;
            int n = cells;
            cases.add(new Case("malformed CSV", "ragged row of " + n + " cells", "t.csv",
                () -> utf8(HEADER + ok + "x,".repeat(n - 1) + "x\n"), "", -1));
        }
        cases.add(new Case("malformed CSV", "duplicate column", "t.csv", () -> utf8("name,name,budget\nA,B,1\n"), "", -1));
        cases.add(new Case("malformed CSV", "empty column name", "t.csv", () -> utf8("name,,budget\nA,B,1\n"), "", -1));
        cases.add(new Case("malformed CSV", "missing required column", "t.csv", () -> utf8("founded,budget\n2018,1\n"), "", -1));
        cases.add(new Case("malformed CSV", "quote inside unquoted cell (kept as text)", "t.csv", () -> utf8(HEADER + "A \"ry\",2018,1\n"), "", 1));
        cases.add(new Case("malformed CSV", "CR-only line ends", "t.csv", () -> utf8(HEADER.replace("\n", "\r") + ok.replace("\n", "\r")), "", 1));
        cases.add(new Case("malformed CSV", "blank lines between rows", "t.csv", () -> utf8(HEADER + "\n\n" + ok + "\n" + ok), "", 2));
        cases.add(new Case("malformed CSV", "NUL bytes in a cell", "t.csv", () -> utf8(HEADER + "A\u0000ry,2018,1\n"), "", 1));
        cases.add(new Case("malformed CSV", "10 MB cell", "t.csv", () -> utf8(HEADER + "\"" + "x".repeat(10_000_000) + "\",2018,1\n"), "", 1));
        cases.add(new Case("malformed CSV", "10 MB unquoted line", "t.csv", () -> utf8(HEADER + "y".repeat(10_000_000) + ",2018,1\n"), "", 1));
        cases.add(new Case("malformed CSV", "10 000 columns", "t.csv", () -> utf8("name," + "c,".repeat(9_999).replaceAll("c,", "c%d,").formatted(seq(9_999)) + "z\nA" + ",".repeat(10_000) + "\n"), "", 1));
        cases.add(new Case("huge and empty files", "empty file", "t.csv", () -> new byte[0], "", -1));
        cases.add(new Case("huge and empty files", "header only", "t.csv", () -> utf8(HEADER), "", 0));
        cases.add(new Case("huge and empty files", "only blank lines", "t.csv", () -> utf8("\n\n\n"), "", -1));
        cases.add(new Case("huge and empty files", "50 000 rows", "t.csv", () -> utf8(HEADER + ok.repeat(50_000)), "", 50_000));
        cases.add(new Case("huge and empty files", "binary junk", "t.csv", HostileInputTest::junk, "", -1));
        // encodings
        byte[][] bad = {{(byte) 0xC3}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x9F}, {(byte) 0xE4}, {(byte) 0x80}, {(byte) 0xFE, (byte) 0xFF}};
        for (int i = 0; i < bad.length; i++) {
            byte[] b = bad[i];
            for (int where = 0; where < 3; where++) {
                int w = where;
                cases.add(new Case("invalid UTF-8", "bytes " + hex(b) + " in row " + w, "t.csv",
                    () -> concat(utf8(HEADER + ok.repeat(w)), utf8("A"), b, utf8(" ry,2018,1\n")), "", -1));
            }
        }
        cases.add(new Case("mixed encodings", "UTF-8 file read as Windows-1252 (mojibake, but valid)", "t.csv",
            () -> utf8(HEADER + "Äijälä ry,2018,1\n"), "#+ encoding: windows-1252", 1));
        cases.add(new Case("mixed encodings", "Windows-1252 rows in a UTF-8 file", "t.csv",
            () -> concat(utf8(HEADER + ok), "Äijälä ry,2018,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"))), "", -1));
        cases.add(new Case("mixed encodings", "UTF-16 file", "t.csv", () -> (HEADER + ok).getBytes(StandardCharsets.UTF_16), "", -1));
        cases.add(new Case("mixed encodings", "BOM in the middle", "t.csv", () -> utf8(HEADER + "\uFEFFA ry,2018,1\n"), "", 1));
        // values
        for (String date : List.of("31.2.2019", "0.0.2020", "2020-13-01", "eilen", "32.1.2019", "29.2.2019", "1.1.99999", "–", "1..2019", "12/13/2020")) {
            cases.add(new Case("invalid values", "date " + date, "t.csv", () -> utf8(HEADER + "A ry," + date + ",1\n"), "", -1));
        }
        for (String amount : List.of("-5", "-12 167 957 €", "paljon", "1,2,3", "12 kg", "€€", "1e9999", "NaN", "--1", "1 000 000 000 000 000 000 000 000 000 000 000 000 000 kg")) {
            cases.add(new Case("invalid values", "amount " + amount, "t.csv", () -> utf8(HEADER + "A ry,2018,\"" + amount + "\"\n"), "", -1));
        }
        cases.add(new Case("invalid values", "empty required cell", "t.csv", () -> utf8(HEADER + ",2018,1\n"), "", -1));
        return cases;
    }

    static Object[] seq(int n) {
        Object[] o = new Object[n];
        for (int i = 0; i < n; i++) o[i] = i;
        return o;
    }

    static byte[] junk() {
        byte[] b = new byte[100_000];
        new java.util.Random(3).nextBytes(b);
        return b;
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02X", x));
        return sb.toString();
    }

    /** Workbooks that are not what they claim: zip bombs, entity expansion, broken zips. */
    static List<Case> workbookCases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("XLSX attacks", "zip bomb (200 MB sheet in a small file)", "t.xlsx", () -> zip("xl/worksheets/sheet1.xml", 200_000_000), "", -1));
        cases.add(new Case("XLSX attacks", "billion laughs entity expansion", "t.xlsx", () -> zipText("xl/workbook.xml", laughs()), "", -1));
        cases.add(new Case("XLSX attacks", "external entity (XXE) to /etc/passwd", "t.xlsx",
            () -> zipText("xl/workbook.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><workbook>&e;</workbook>"), "", -1));
        cases.add(new Case("XLSX attacks", "not a zip", "t.xlsx", () -> utf8("name,founded\nA,B\n"), "", -1));
        cases.add(new Case("XLSX attacks", "empty zip", "t.xlsx", () -> zipText("nothing.txt", ""), "", -1));
        cases.add(new Case("XLSX attacks", "truncated zip", "t.xlsx", () -> java.util.Arrays.copyOf(zip("xl/worksheets/sheet1.xml", 100_000), 300), "", -1));
        cases.add(new Case("XLSX attacks", "empty file", "t.xlsx", () -> new byte[0], "", -1));
        cases.add(new Case("GeoJSON attacks", "not JSON", "t.geojson", () -> utf8("{\"type\": \"FeatureCollection\", \"features\": [ {"), "", -1));
        cases.add(new Case("GeoJSON attacks", "no features", "t.geojson", () -> utf8("{\"type\": \"Feature\"}"), "", -1));
        cases.add(new Case("GeoJSON attacks", "deep nesting", "t.geojson", () -> utf8("[".repeat(100_000) + "]".repeat(100_000)), "", -1));
        return cases;
    }

    static byte[] zip(String entry, long size) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                z.putNextEntry(new ZipEntry("[Content_Types].xml"));
                z.write(utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
                z.putNextEntry(new ZipEntry(entry));
                byte[] chunk = new byte[1 << 20];
                java.util.Arrays.fill(chunk, (byte) ' ');
                for (long w = 0; w < size; w += chunk.length) z.write(chunk);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static byte[] zipText(String entry, String text) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(bytes)) {
                z.putNextEntry(new ZipEntry(entry));
                z.write(utf8(text));
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String laughs() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) sb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        return sb.append("]><workbook>&l9;</workbook>").toString();
    }

    static final List<String> BROKEN_TURTLE = List.of(
        "ex:a ex:b ex:c .",
        "@prefix ex: <http://e/> .\nex:a ex:b \"unterminated .",
        "@prefix ex: <http://e/> .\nex:a ex:b ex:c ;; ] .",
        "@prefix ex: <http://e/> .\n<http://e/a b> ex:b ex:c .",
        "@prefix ex: <http://e/> .\nex:a ex:b \"x\"@ .",
        "@prefix ex: <http://e/> .\nex:a ex:b \"1\"^^ .",
        "@prefix ex: <http://e/> .\nex:a ex:b ( ex:c .",
        "@prefix ex: <http://e/> .\nex:a ex:b [ ex:c ex:d .",
        "@prefix ex <http://e/> .\nex:a ex:b ex:c .",
        "@base <not an iri> .",
        "@prefix ex: <http://e/> .\nex:a ex:b \"\"\"never closed",
        "@prefix ex: <http://e/> .\n\"literal\" ex:b ex:c .",
        "@prefix ex: <http://e/> .\nex:a \"literal\" ex:c .",
        "@prefix ex: <http://e/> .\nex:a ex:b ex:c , .",
        "@prefix ex: <http://e/> .\nex:a ex:b 12.3.4 .",
        "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\n}",
        "@prefix ex: <http://e/> .\nex:a ex:b \"x\\q\" .",
        "@prefix ex: <http://e/> .\nex:a ex:b <http://e/\u0001> .",
        "@prefix ex: <http://e/> .\nex:a ex:b \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> , \"x\"^^<http://www.w3.org/2001/XMLSchema#integer> .",
        "@prefix ex: <http://e/> .\nex:a ex:b \"2019-02-31\"^^<http://www.w3.org/2001/XMLSchema#date> .",
        "@prefix ex: <http://e/> .\nex:a ex:b _: .",
        "@prefix : <http://e/> .\n:a :b :c :d .",
        "PREFIX ex: <http://e/>\nex:a ex:b ex:c . GRAPH ex:g { ex:a ex:b ex:c }",
        "\u00FF\u00FE junk",
        "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\n@prefix ex: .",
        "@prefix ex: <http://e/> .\nex:a ex:b 'single .",
        "@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:d",
        "@prefix ex: <http://e/> .\nex:a ex:b \"x\"@en-- .");

    @TestFactory
    Stream<DynamicTest> tables() {
        List<Case> all = new ArrayList<>(csvCases());
        all.addAll(workbookCases());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.kind() + ": " + c.name(), () -> runTable(c)));
    }

    @TestFactory
    Stream<DynamicTest> turtle() {
        return BROKEN_TURTLE.stream().map(t -> DynamicTest.dynamicTest("Turtle: " + t.replace("\n", " ").substring(0, Math.min(40, t.length())), () -> {
            Path f = write("bad.ttl", utf8(t));
            Case c = new Case("Turtle syntax errors", t, "bad.ttl", null, "", -1);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    RdfFiles.read(f, "bad.ttl");
                    throw new AssertionError("accepted broken Turtle: " + t);
                } catch (SourceException e) {
                    assertEquals("bad.ttl", e.path());
                    record("clear error", c);
                }
            });
        }));
    }

    /** Jena accepts a last statement without its final dot; the result is the one intended triple. */
    @TestFactory
    Stream<DynamicTest> lenientTurtle() {
        return Stream.of("@prefix ex: <http://e/> .\nex:a ex:b ex:c", "@prefix ex: <http://e/> .\nex:a ex:b ex:c ;\n")
            .map(t -> DynamicTest.dynamicTest("Turtle without final dot", () -> {
                Path f = write("lenient.ttl", utf8(t));
                assertEquals(1, RdfFiles.read(f, "lenient.ttl").size());
                record("bounded result", new Case("Turtle syntax errors", t, "", null, "", 1));
            }));
    }

    @TestFactory
    Stream<DynamicTest> mappings() throws IOException {
        String[][] cases = {
            {"path traversal to /etc/passwd", "#+ table: ../../../../../../etc/passwd\nCONSTRUCT { ?s ?p ?o } WHERE { }"},
            {"absolute path outside the project", "#+ table: /etc/hostname\nCONSTRUCT { ?s ?p ?o } WHERE { }"},
            {"SERVICE in a mapping", "#+ table: t.csv\nCONSTRUCT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"},
            {"FROM a file", "#+ table: t.csv\nCONSTRUCT { ?s ?p ?o } FROM <file:///etc/passwd> WHERE { ?s ?p ?o }"},
            {"an update instead of a query", "#+ table: t.csv\nDELETE WHERE { ?s ?p ?o }"},
            {"a SELECT", "#+ table: t.csv\nSELECT * WHERE { }"},
            {"unknown header key", "#+ tabel: t.csv\nCONSTRUCT { ?s ?p ?o } WHERE { }"},
            {"no table", "CONSTRUCT { ?s ?p ?o } WHERE { }"},
            {"unknown encoding", "#+ table: t.csv\n#+ encoding: klingon\nCONSTRUCT { ?s ?p ?o } WHERE { }"},
            {"unknown delimiter", "#+ table: t.csv\n#+ delimiter: ::\nCONSTRUCT { ?s ?p ?o } WHERE { }"},
            {"table missing", "#+ table: nowhere.csv\nCONSTRUCT { ?s ?p ?o } WHERE { }"},
        };
        Path root = tmp.resolve("project");
        Files.createDirectories(root.resolve("data/mappings"));
        Files.writeString(root.resolve("data/mappings/t.csv"), HEADER + "A ry,2018,1\n");
        return Stream.of(cases).map(c -> DynamicTest.dynamicTest("mapping: " + c[0], () -> {
            Path m = root.resolve("data/mappings/m" + (counter++) + ".rq");
            Files.writeString(m, c[1]);
            Case k = new Case("hostile mappings", c[0], "", null, "", -1);
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    TableMapper.run(TableMapping.read(m, root), DatasetGraphFactory.createGeneral(), new Resolver(), null);
                    throw new AssertionError("accepted: " + c[0]);
                } catch (SourceException e) {
                    assertTrue(e.path().startsWith("data/mappings/") || e.path().contains("nowhere"), e.toString());
                    record("clear error", k);
                }
            });
        }));
    }

    @AfterAll
    static void report() throws IOException {
        int total = OUTCOMES.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder sb = new StringBuilder("Hostile input corpus: " + total + " cases\n");
        OUTCOMES.forEach((k, v) -> sb.append(String.format("  %-60s %4d%n", k, v)));
        System.out.print(sb);
        Path out = Path.of(System.getProperty("build.dir", "target"), "hostile-inputs.txt");
        try (OutputStream o = Files.newOutputStream(Files.exists(out.getParent()) ? out : tmp.resolve("hostile-inputs.txt"))) {
            o.write(utf8(sb.toString()));
        }
    }
}
