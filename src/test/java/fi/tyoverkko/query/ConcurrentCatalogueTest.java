package fi.tyoverkko.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The same catalogue query run by many threads at once: every run answers, and answers the same. */
class ConcurrentCatalogueTest {
    @Test void sixteenThreads_runEveryQueryConcurrently_withoutFailures() throws Exception {
        var root = TestKnowledgeBase.projectRoot();
        QueryCatalogue catalogue = QueryCatalogue.load(root.resolve("queries"), root);
        var dsg = TestKnowledgeBase.store().searchable();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        for (String name : List.of("organisations-ranked", "municipal-statistics", "regions-partners", "network", "funding")) {
            NamedQuery q = catalogue.get(name);
            int expected = CatalogueExecutor.run(q, Map.of(), dsg, 30_000).rows().size();
            ExecutorService pool = Executors.newFixedThreadPool(16);
            for (int i = 0; i < 160; i++) {
                pool.submit(() -> {
                    try {
                        int n = CatalogueExecutor.run(q, Map.of(), dsg, 30_000).rows().size();
                        if (n != expected) failures.add(name + ": " + n + " rows, expected " + expected);
                    } catch (RuntimeException e) {
                        failures.add(name + ": " + e);
                    }
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
        }
        assertEquals(List.of(), List.copyOf(failures).subList(0, Math.min(5, failures.size())), failures.size() + " failures");
    }
}
