package fi.tyoverkko.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.Project;
import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic ecosystem: deterministic, valid input for the real build, heavy-tailed partnerships. */
class EcosystemGeneratorTest {
    @TempDir Path dir;

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> s = Files.walk(root.resolve("data"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) out.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return out;
    }

    static List<CSVRecord> rows(Path csv) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords());
        }
    }

    @Test void sameSeed_sameBytes_otherSeed_otherData() throws IOException {
        Path home = TestKnowledgeBase.projectRoot();
        EcosystemGenerator.generate(home, dir.resolve("a"), 1, 42);
        EcosystemGenerator.generate(home, dir.resolve("b"), 1, 42);
        EcosystemGenerator.generate(home, dir.resolve("c"), 1, 43);
        Map<String, byte[]> a = files(dir.resolve("a")), b = files(dir.resolve("b")), c = files(dir.resolve("c"));
        assertEquals(a.keySet(), b.keySet());
        for (String f : a.keySet()) assertTrue(java.util.Arrays.equals(a.get(f), b.get(f)), f);
        assertNotEquals(new String(a.get("data/curated/projects.csv"), StandardCharsets.UTF_8), new String(c.get("data/curated/projects.csv"), StandardCharsets.UTF_8));
        assertThrows(IllegalArgumentException.class, () -> EcosystemGenerator.generate(home, dir.resolve("a"), 1, 42), "refuses a folder that is not empty");
    }

    @Test void generatedProject_buildsAndValidates_andEveryQuoteIsInItsDocument() throws IOException {
        Path out = dir.resolve("gen");
        var summary = EcosystemGenerator.generate(TestKnowledgeBase.projectRoot(), out, 1, 5);
        var graphs = new KnowledgeBaseBuilder(new Project(out, dir.resolve("store")), s -> {}, RowProgress.quiet()).produceValidated();
        long triples = graphs.values().stream().mapToLong(g -> g.graph().size()).sum();
        assertTrue(triples > 80_000 && triples < 130_000, "scale 1 is about 100 k triples, got " + triples);
        Map<String, String> docs = new HashMap<>();
        for (CSVRecord s : rows(out.resolve("data/sources/sources.csv"))) docs.put(s.get("id"), Files.readString(out.resolve("data/sources").resolve(s.get("file"))).replaceAll("\\s+", " "));
        for (String table : List.of("organisations", "projects", "memberships", "people", "events", "statistics", "funding")) {
            for (CSVRecord r : rows(out.resolve("data/curated/" + table + ".csv"))) {
                assertTrue(docs.get(r.get("source")).contains(r.get("quote").replaceAll("\\s+", " ")), table + ": " + r.get("quote"));
            }
        }
        assertEquals(summary.documents(), docs.size());
    }

    @Test void partnerships_areHeavyTailed() throws IOException {
        Path out = dir.resolve("tail");
        EcosystemGenerator.generate(TestKnowledgeBase.projectRoot(), out, 2, 9);
        Map<String, Integer> perOrganisation = new HashMap<>();
        for (CSVRecord r : rows(out.resolve("data/curated/memberships.csv"))) {
            if (!r.get("role").equals("funder")) perOrganisation.merge(r.get("organisation"), 1, Integer::sum);
        }
        List<Integer> counts = perOrganisation.values().stream().sorted().toList();
        int median = counts.get(counts.size() / 2), max = counts.get(counts.size() - 1);
        assertTrue(max >= 20 * median, "the busiest organisation (" + max + ") has far more projects than the median (" + median + ")");
    }
}
