package fi.tyoverkko.load.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the extractor over the documents of a folder that have a gold file and scores them; also
 * measures the extraction time (reading and extracting, not loading the known things).
 */
public final class GoldRun {
    private GoldRun() {}

    /** The scores and the speed: documents, characters and UTF-8 bytes extracted, nanoseconds taken. */
    public record Result(GoldEvaluation evaluation, int documents, long bytes, long nanos) {
        public double documentsPerSecond() { return documents / (nanos / 1e9); }
        public double megabytesPerSecond() { return bytes / 1e6 / (nanos / 1e9); }
    }

    public static Result run(Path goldDir, Path docsDir, KnownThings known, Function<Path, String> shown) {
        return run(goldDir, docsDir, known, shown, 1);
    }

    /**
     * As {@link #run(Path, Path, KnownThings, Function)}, repeating the whole pass {@code passes}
     * times; the result (scores and speed) is the last pass's, so the speed is measured after the
     * JVM has compiled the hot code.
     */
    public static Result run(Path goldDir, Path docsDir, KnownThings known, Function<Path, String> shown, int passes) {
        Result r = null;
        for (int i = 0; i < passes; i++) r = pass(goldDir, docsDir, known, shown);
        return r;
    }

    private static Result pass(Path goldDir, Path docsDir, KnownThings known, Function<Path, String> shown) {
        GoldEvaluation eval = new GoldEvaluation();
        long t0 = System.nanoTime();
        List<Document> docs = DocumentSet.read(docsDir, shown);
        long bytes = 0;
        for (Document doc : docs) {
            List<Fact> facts = FactExtraction.extract(doc, known);
            bytes += doc.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            Path gold = goldDir.resolve(doc.id() + ".csv");
            if (Files.isRegularFile(gold)) eval.add(GoldFile.read(gold, shown.apply(gold)), facts);
        }
        return new Result(eval, docs.size(), bytes, System.nanoTime() - t0);
    }
}
