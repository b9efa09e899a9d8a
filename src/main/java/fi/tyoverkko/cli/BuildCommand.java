package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.store.KnowledgeStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "build", mixinStandardHelpOptions = true,
    header = "Build the knowledge base from ontology/ and data/ into the store. / Rakenna tietopohja.",
    description = {"Loads the ontology, vocabularies and shapes, runs every table mapping in data/mappings/,",
        "validates the result against the shapes and replaces the changed graphs in one transaction.",
        "If anything is wrong, nothing is written."})
final class BuildCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Override
    public Integer call() {
        build(storeOption.project());
        return ExitCodes.OK;
    }

    /** Builds the project into its store and says what changed; shared with {@code up}. */
    static void build(Project p) {
        System.out.println("Building from " + p.root() + " into " + p.store());
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            var out = new KnowledgeBaseBuilder(p, System.out::println, RowProgress.forTerminal()).build(store);
            long total = out.sizes().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("Built %d graphs, %d triples in %d ms; changed: %s; removed: %s%n",
                out.sizes().size(), total, out.millis(),
                out.changed().isEmpty() ? "none" : String.join(", ", out.changed()),
                out.removed().isEmpty() ? "none" : String.join(", ", out.removed()));
            BuildStamp.write(p);
        }
    }
}
