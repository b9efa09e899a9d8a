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
                // the store lives as long as the test run; without this each run left it in /tmp
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    store.close();
                    org.apache.jena.atlas.io.IO.deleteAll(dir);
                }));
                new KnowledgeBaseBuilder(p, s -> {}, RowProgress.quiet()).build(store);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static final String PREFIXES = """
        PREFIX tv: <https://w3id.org/tyoverkko/ontology#>
        PREFIX schema: <http://schema.org/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
        """;

    /** Rows of a SELECT over the test knowledge base (the prefixes above are added). */
    public static java.util.List<org.apache.jena.query.QuerySolution> select(String query) {
        var ds = store().dataset();
        return org.apache.jena.system.Txn.calculateRead(ds, () -> {
            java.util.List<org.apache.jena.query.QuerySolution> out = new java.util.ArrayList<>();
            var rs = org.apache.jena.sparql.exec.QueryExec.dataset(ds).query(PREFIXES + query).select();
            // copy every value now: TDB2 bindings look nodes up lazily, which fails after the transaction
            // unless TDB2's node cache happens to hold them
            rs.forEachRemaining(row -> {
                var copy = org.apache.jena.sparql.engine.binding.BindingBuilder.create();
                row.vars().forEachRemaining(v -> copy.add(v, row.get(v)));
                out.add(new org.apache.jena.sparql.core.ResultBinding(null, copy.build()));
            });
            return out;
        });
    }

    /** The number ?n of a one-row SELECT. */
    public static long number(String query) {
        return select(query).get(0).getLiteral("n").getLong();
    }

    /** The repository root (Maven runs tests there). */
    public static Path projectRoot() {
        return Path.of("").toAbsolutePath();
    }
}
