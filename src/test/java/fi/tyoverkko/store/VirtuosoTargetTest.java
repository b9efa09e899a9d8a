package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import fi.tyoverkko.Project;
import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.cli.Main;
import fi.tyoverkko.vocab.TV;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --target} into Virtuoso Open Source 7: a private server (temporary database, free
 * ports) with a user holding the SPARQL_UPDATE role, written through {@code /sparql-graph-crud-auth}
 * (HTTP Digest). Checked with SPARQL at Virtuoso's {@code /sparql}: every graph arrives with the
 * local build's triple count and triples; a build of changed input replaces a graph; wrong
 * credentials give a 401 error and a non-zero exit. Skipped where {@code virtuoso-t} is missing,
 * except under CI (the {@code CI} variable set), where it fails instead.
 */
class VirtuosoTargetTest {
    @TempDir Path tmp;

    static Path onPath(String... names) {
        List<String> dirs = Stream.concat(Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)),
            Stream.of("/usr/bin", "/usr/local/bin", "/usr/local/virtuoso-opensource/bin", "/opt/virtuoso-opensource/bin")).toList();
        for (String name : names) {
            for (String d : dirs) {
                if (d.isEmpty()) continue;
                Path p = Path.of(d, name);
                if (Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { return s.getLocalPort(); }
    }

    /** A Virtuoso server of its own in {@code dir}; {@link #close} shuts it down. */
    record Virtuoso(Process process, Path dir, Path isql, int sqlPort, int httpPort) implements AutoCloseable {
        static Virtuoso start(Path exe, Path isql, Path dir) throws Exception {
            Files.createDirectories(dir);
            int sql = freePort(), http = freePort();
            Files.writeString(dir.resolve("virtuoso.ini"), """
                [Database]
                DatabaseFile = virtuoso.db
                ErrorLogFile = virtuoso.log
                LockFile = virtuoso.lck
                TransactionFile = virtuoso.trx
                xa_persistent_file = virtuoso.pxa
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = virtuoso-temp.db
                TransactionFile = virtuoso-temp.trx
                [Parameters]
                ServerPort = %d
                DisableUnixSocket = 1
                DirsAllowed = .
                ; Debian's default; with 1 (the built-in one) /sparql answers ASK as a table of __ASK_RETVAL
                CaseMode = 2
                NumberOfBuffers = 10000
                MaxDirtyBuffers = 6000
                [HTTPServer]
                ServerPort = %d
                ServerRoot = .
                ServerThreads = 10
                [SPARQL]
                ResultSetMaxRows = 10000000
                MaxQueryCostEstimationTime = 0
                MaxQueryExecutionTime = 0
                """.formatted(sql, http));
            Process p = new ProcessBuilder(exe.toString(), "-c", "virtuoso.ini", "-f").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("server.out").toFile()).start();
            Virtuoso v = new Virtuoso(p, dir, isql, sql, http);
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest ask = HttpRequest.newBuilder(URI.create(v.sparql() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (true) {
                if (!p.isAlive()) fail("virtuoso-t exited with " + p.exitValue() + ":\n" + Files.readString(dir.resolve("server.out")));
                try {
                    if (client.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return v;
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > until) {
                    v.close();
                    fail("Virtuoso did not answer within 60 s:\n" + Files.readString(dir.resolve("server.out")));
                }
                Thread.sleep(200);
            }
        }

        String sparql() { return "http://localhost:" + httpPort + "/sparql"; }

        String graphStore() { return "http://localhost:" + httpPort + "/sparql-graph-crud-auth"; }

        /** Runs SQL as the database administrator (the fresh database's dba/dba). */
        void sql(String statements) throws Exception {
            Process p = new ProcessBuilder(isql.toString(), String.valueOf(sqlPort), "dba", "dba", "exec=" + statements)
                .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "isql did not finish");
            assertTrue(p.exitValue() == 0 && !out.contains("Error"), "isql: " + out);
        }

        @Override public void close() throws Exception {
            process.destroy(); // SIGTERM: Virtuoso shuts down
            if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
        }
    }

    @Test void buildIntoVirtuoso_writesEveryGraphComplete_replacesAChangedGraph_andRefusesWrongCredentials() throws Exception {
        Path exe = onPath("virtuoso-t");
        Path isql = onPath("isql-vt", "isql-v");
        if (exe == null || isql == null) {
            String why = "Virtuoso is not installed (virtuoso-t and isql-vt; Debian: apt-get install virtuoso-opensource)";
            if (System.getenv("CI") != null && !System.getenv("CI").isEmpty()) fail("under CI this test must run: " + why);
            Assumptions.abort(why);
        }
        Path project = tmp.resolve("project");
        for (String d : new String[] {"ontology", "data"}) copyTree(TestKnowledgeBase.projectRoot().resolve(d), project.resolve(d));
        Path creds = tmp.resolve("creds");
        Files.writeString(creds, "loader:pw-virtuoso\n");
        Path wrong = tmp.resolve("wrong");
        Files.writeString(wrong, "loader:nope\n");

        try (Virtuoso v = Virtuoso.start(exe, isql, tmp.resolve("virtuoso"))) {
            // the user for build --target: any SQL user with the SPARQL_UPDATE role
            v.sql("DB.DBA.USER_CREATE('loader', 'pw-virtuoso'); GRANT SPARQL_UPDATE TO \"loader\";");

            Run refused = build(project, v.graphStore(), wrong);
            assertEquals(3, refused.exit(), refused.err());
            assertTrue(refused.err().contains("401"), refused.err());
            assertTrue(remoteCounts(v).isEmpty(), "nothing written without the right credentials: " + remoteCounts(v));

            Run first = build(project, v.graphStore(), creds);
            assertEquals(0, first.exit(), first.err());
            assertArrivedComplete(v, TestKnowledgeBase.store());

            // changed input: one conflict removed, the note of another edited
            Path conflicts = project.resolve("data/curated/conflicts.csv");
            List<String> lines = Files.readAllLines(conflicts, StandardCharsets.UTF_8);
            String removed = lines.remove(lines.size() - 1);
            assertTrue(removed.startsWith("Varkaus-järjestötreffit,"), removed);
            String oldNote = "Spelling: the 2018 slide deck misspells the title.";
            String newNote = "Spelling: edited for the Virtuoso test.";
            lines.replaceAll(l -> l.replace(oldNote, newNote));
            Files.write(conflicts, lines, StandardCharsets.UTF_8);

            Run second = build(project, v.graphStore(), creds);
            assertEquals(0, second.exit(), second.err());
            Path store = tmp.resolve("local-store");
            try (KnowledgeStore local = KnowledgeStore.open(store)) {
                new KnowledgeBaseBuilder(new Project(project, store), s -> {}, RowProgress.quiet()).build(local);
                assertArrivedComplete(v, local);
            }
            String g = TV.graph("conflicts");
            assertTrue(ask(v, "ASK { GRAPH <" + g + "> { ?c ?p \"" + newNote + "\"@en } }"), "the edited note arrived");
            assertFalse(ask(v, "ASK { GRAPH <" + g + "> { ?c ?p \"" + oldNote + "\"@en } }"), "the old note is gone: the graph was replaced, not added to");
            assertFalse(ask(v, "ASK { GRAPH <" + g + "> { ?c ?p ?o FILTER(CONTAINS(STR(?o), \"Varkaus belongs to Pohjois-Savo\")) } }"), "the removed conflict is gone");
        }
    }

    record Run(int exit, String err) {}

    static Run build(Path project, String url, Path credentials) {
        StringWriter err = new StringWriter();
        String old = System.getProperty("tyoverkko.home");
        System.setProperty("tyoverkko.home", project.toString());
        try {
            int code = Main.run(new PrintWriter(err, true), "build", "--target", url, "--credentials", credentials.toString());
            return new Run(code, err.toString());
        } finally {
            if (old == null) System.clearProperty("tyoverkko.home");
            else System.setProperty("tyoverkko.home", old);
        }
    }

    /** Triples per Työverkko graph in Virtuoso (its own system graphs left out). */
    static Map<String, Long> remoteCounts(Virtuoso v) {
        Map<String, Long> out = new TreeMap<>();
        String q = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + TV.GRAPH + "\")) } GROUP BY ?g";
        try (var qe = QueryExecHTTP.service(v.sparql()).query(q).build()) {
            qe.select().forEachRemaining(b -> out.put(b.get("g").getURI(), ((Number) b.get("n").getLiteralValue()).longValue()));
        }
        return out;
    }

    static boolean ask(Virtuoso v, String query) {
        try (var qe = QueryExecHTTP.service(v.sparql()).query(query).build()) {
            return qe.ask();
        }
    }

    /**
     * Every graph of the local store is in Virtuoso with the same number of triples, and every
     * triple without blank nodes is there (literals of numbers and times compared by value:
     * Virtuoso keeps decimals to 15 digits and times to microseconds, and writes doubles to six
     * significant digits). The meta graph is compared by
     * size only, as it records when each graph was built.
     */
    static void assertArrivedComplete(Virtuoso v, KnowledgeStore local) {
        Map<String, Long> remote = remoteCounts(v);
        Map<String, Long> expected = new TreeMap<>();
        Txn.executeRead(local.dataset(), () -> local.dataset().listGraphNodes()
            .forEachRemaining(g -> expected.put(g.getURI(), (long) local.dataset().getGraph(g).size())));
        assertEquals(expected, remote, "triples per graph, local build against Virtuoso");
        for (String g : expected.keySet()) {
            if (g.equals(TV.graph(TV.G_META))) continue;
            Graph there;
            // N-Triples: Virtuoso's Turtle writes a whole xsd:decimal as a bare integer ("3.0" comes back as 3, an xsd:integer)
            try (var qe = QueryExecHTTP.service(v.sparql()).acceptHeader("application/n-triples")
                    .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + g + "> { ?s ?p ?o } }").build()) {
                there = qe.construct();
            }
            List<Triple> here = Txn.calculateRead(local.dataset(), () -> local.dataset().getGraph(org.apache.jena.graph.NodeFactory.createURI(g)).find().toList());
            for (Triple t : here) {
                if (t.getSubject().isBlank() || t.getObject().isBlank()) continue;
                boolean found = there.find(t.getSubject(), t.getPredicate(), Node.ANY).toList().stream().anyMatch(r -> sameTerm(t.getObject(), r.getObject()));
                assertTrue(found, g + " lacks " + t);
            }
        }
    }

    static boolean sameTerm(Node a, Node b) {
        if (a.equals(b)) return true;
        if (!a.isLiteral() || !b.isLiteral() || !a.getLiteralDatatypeURI().equals(b.getLiteralDatatypeURI())) return false;
        NodeValue x = NodeValue.makeNode(a), y = NodeValue.makeNode(b);
        if (x.isDouble() && y.isDouble()) {
            double p = x.getDouble(), q = y.getDouble();
            return Math.abs(p - q) <= 5e-6 * Math.abs(p); // "%.6g": relative, as a double may be 1e-8
        }
        if (x.isNumber() && y.isNumber()) {
            double p = x.getDouble(), q = y.getDouble();
            return Math.abs(p - q) <= 1e-12 * Math.max(1, Math.abs(p));
        }
        if (x.isDateTime() && y.isDateTime()) {
            return Instant.parse(a.getLiteralLexicalForm()).truncatedTo(ChronoUnit.MICROS)
                .equals(Instant.parse(b.getLiteralLexicalForm()).truncatedTo(ChronoUnit.MICROS));
        }
        return false;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
