package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.Project;
import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.build.ContentHash;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.vocab.TV;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a running build with SIGKILL at random moments and checks each time that the store
 * opens, that every graph is exactly its previous or its new version, and that the next build
 * succeeds. The quick form (CI) kills 20 times; {@code -Dcrash.kills=200} runs a longer one.
 */
class CrashSafetyTest {
    @TempDir Path tmp;

    static final int ROWS = 12_000;

    /** A project whose one table differs between versions in every row. */
    private Project project(Path root) throws IOException {
        Path ontology = root.resolve("ontology");
        Files.createDirectories(ontology);
        for (String f : List.of("tyoverkko.ttl", "shapes.ttl")) {
            Files.copy(TestKnowledgeBase.projectRoot().resolve("ontology").resolve(f), ontology.resolve(f));
        }
        Path mappings = root.resolve("data/mappings");
        Files.createDirectories(mappings);
        Files.writeString(mappings.resolve("10-rows.rq"), """
            #+ table: ../rows.csv
            #+ graph: rows
            CONSTRUCT { ?s <urn:x:value> ?v ; <urn:x:label> ?label ; <urn:x:version> ?version . }
            WHERE { BIND(IRI(CONCAT("urn:x:row:", ?id)) AS ?s) BIND(STRLANG(CONCAT("rivi ", ?id, " ", ?version), "fi") AS ?label) BIND(?value AS ?v) }
            """);
        return new Project(root, root.resolve("store"));
    }

    private static void writeVersion(Project p, int version) throws IOException {
        StringBuilder sb = new StringBuilder("id,value,version\n");
        for (int i = 0; i < ROWS; i++) sb.append(i).append(',').append((i * 31L + version * 7919L) % 100_003).append(',').append(version).append('\n');
        Files.writeString(p.data().resolve("rows.csv"), sb.toString());
    }

    /** Content hash of every graph of ours in a store (the meta graph excluded: its build times differ). */
    private static Map<String, String> hashes(Path store) {
        try (KnowledgeStore s = KnowledgeStore.open(store)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Map<String, String> out = new TreeMap<>();
                s.dataset().listGraphNodes().forEachRemaining(g -> {
                    String name = TV.graphName(g.getURI());
                    if (!TV.G_META.equals(name)) out.put(name, ContentHash.of(s.dataset().getGraph(g)));
                });
                return out;
            });
        }
    }

    private static void buildInProcess(Project p) {
        try (KnowledgeStore s = KnowledgeStore.open(p.store())) {
            new KnowledgeBaseBuilder(p, m -> {}, RowProgress.quiet()).build(s);
        }
    }

    /** A build in another JVM, with the times (ms after start) at which it began and ended writing. */
    private static final class ChildBuild {
        final Process process;
        final long start = System.nanoTime();
        volatile long loading = -1, writing = -1, built = -1;

        ChildBuild(Project p) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // scratch files in the test's folder: a kill between a scratch file's creation and its unlinking leaves it behind
            Path scratch = Files.createDirectories(p.root().resolve("scratch"));
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dtyoverkko.home=" + p.root(),
                "-Djava.io.tmpdir=" + scratch, "fi.tyoverkko.cli.Main", "build", "--store", p.store().toString()).redirectErrorStream(true).start();
            Thread reader = new Thread(() -> {
                try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        long t = (System.nanoTime() - start) / 1_000_000;
                        if (line.startsWith("The store is empty")) loading = t;
                        if (line.startsWith("Writing")) writing = t;
                        if (line.startsWith("Built")) built = t;
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        long elapsed() { return (System.nanoTime() - start) / 1_000_000; }
    }

    @Test void killedBuilds_leaveEveryGraphWhole_andTheNextBuildSucceeds() throws Exception {
        int kills = Integer.getInteger("crash.kills", 20);
        // the two versions' expected contents, built undisturbed in stores of their own
        Map<Integer, Map<String, String>> expected = new TreeMap<>();
        for (int v = 0; v < 2; v++) {
            Project ref = project(tmp.resolve("ref" + v));
            writeVersion(ref, v);
            buildInProcess(ref);
            expected.put(v, hashes(ref.store()));
        }
        assertTrue(!expected.get(0).get("rows").equals(expected.get(1).get("rows")));

        Project p = project(tmp.resolve("live"));
        writeVersion(p, 0);
        buildInProcess(p);
        writeVersion(p, 1); // a build that changes nothing writes nothing: give it something to write
        ChildBuild timing = new ChildBuild(p);
        assertEquals(0, timing.process.waitFor());
        writeVersion(p, 0);
        buildInProcess(p);
        Thread.sleep(200);
        assertTrue(timing.writing > 0 && timing.built >= timing.writing, "the build did not report its write phase");
        long writeMillis = Math.max(1, timing.built - timing.writing);

        Random random = new Random(2024);
        List<String> seen = new ArrayList<>();
        int version = 0, midWrite = 0;
        for (int k = 0; k < kills; k++) {
            int next = 1 - version;
            writeVersion(p, next);
            ChildBuild child = new ChildBuild(p);
            boolean finished;
            if (k % 2 == 0) {
                // aim inside the write transaction: wait for the build to say it is writing
                while (child.writing < 0 && child.process.isAlive()) Thread.sleep(1);
                Thread.sleep((long) (writeMillis * random.nextDouble()));
            } else {
                // anywhere before the write: mapping, validation, analytics
                Thread.sleep((long) (timing.writing * random.nextDouble()));
            }
            finished = !child.process.isAlive();
            if (!finished) child.process.destroyForcibly().waitFor();
            if (!finished && child.writing >= 0) midWrite++;
            Map<String, String> now = hashes(p.store());
            boolean old = now.equals(expected.get(version)), fresh = now.equals(expected.get(next));
            assertTrue(old || fresh, "kill " + k + " after " + child.elapsed() + " ms left a mixed store: " + now.get("rows"));
            seen.add(finished ? "finished" : (child.writing >= 0 ? "killed writing, " : "killed, ") + (fresh ? "new version" : "old version"));
            // the next build always succeeds and gives the new version
            buildInProcess(p);
            assertEquals(expected.get(next), hashes(p.store()), "rebuild after kill " + k);
            version = next;
        }
        long killed = seen.stream().filter(s -> s.startsWith("killed")).count();
        System.out.printf("crash safety: %d kills, %d landed while the build ran, %d of them in the write phase; every store whole%n",
            kills, killed, midWrite);
        assertTrue(killed >= kills / 2, "too few kills landed during the build: " + seen);
        assertTrue(midWrite >= kills / 5, "too few kills landed in the write phase (" + midWrite + "): " + seen);
    }

    /**
     * A first build writes into the empty store while it still validates and computes: killed at
     * any moment after that began, the store is empty or whole, and the next build succeeds.
     */
    @Test void killedFirstBuilds_leaveTheStoreEmptyOrWhole() throws Exception {
        Project ref = project(tmp.resolve("ref"));
        writeVersion(ref, 0);
        buildInProcess(ref);
        Map<String, String> expected = hashes(ref.store());

        Project p = project(tmp.resolve("first"));
        writeVersion(p, 0);
        ChildBuild timing = new ChildBuild(p);
        assertEquals(0, timing.process.waitFor());
        Thread.sleep(200);
        assertTrue(timing.loading > 0 && timing.built > timing.loading, "the first build did not report writing as it builds");
        Random random = new Random(7);
        List<String> seen = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            deleteTree(p.store());
            ChildBuild child = new ChildBuild(p);
            while (child.loading < 0 && child.process.isAlive()) Thread.sleep(1);
            Thread.sleep((long) ((timing.built - timing.loading) * random.nextDouble()));
            boolean finished = !child.process.isAlive();
            if (!finished) child.process.destroyForcibly().waitFor();
            Map<String, String> now = hashes(p.store());
            assertTrue(now.isEmpty() || now.equals(expected), "kill " + k + " left a partial store: " + now.keySet());
            seen.add(finished ? "finished" : now.isEmpty() ? "killed, empty" : "killed, whole");
            buildInProcess(p);
            assertEquals(expected, hashes(p.store()), "rebuild after kill " + k);
        }
        System.out.println("first-build kills: " + seen);
        assertTrue(seen.stream().filter(s -> s.startsWith("killed")).count() >= 3, "too few kills landed: " + seen);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
