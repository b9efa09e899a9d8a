package fi.tyoverkko;

import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.store.KnowledgeStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The project's own knowledge base, built from ontology/ and data/ into a temporary store once per test run. */
public final class TestKnowledgeBase {
    private TestKnowledgeBase() {}

    private static KnowledgeStore store;

    public static synchronized KnowledgeStore store() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("tyoverkko-test-store");
                Project p = new Project(projectRoot(), dir);
                store = KnowledgeStore.open(dir);
                new KnowledgeBaseBuilder(p, s -> {}, RowProgress.quiet()).build(store);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** The repository root (Maven runs tests there). */
    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }
}
