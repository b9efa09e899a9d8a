package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.store.KnowledgeStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import fi.tyoverkko.store.RemoteStore;
import java.nio.file.Path;

@Command(name = "build", mixinStandardHelpOptions = true,
    header = "Build the knowledge base from ontology/ and data/ into the store. / Rakenna tietopohja.",
    description = {"Loads the ontology, vocabularies and shapes, runs every table mapping in data/mappings/,",
        "validates the result against the shapes and replaces the changed graphs in one transaction.",
        "If anything is wrong, nothing is written."})
final class BuildCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Option(names = "--target", paramLabel = "URL",
        description = {"write the graphs to a remote SPARQL 1.1 store through its Graph Store Protocol endpoint",
            "(e.g. http://host:3030/ds/data) instead of the local store; only changed graphs are sent"})
    String target;

    @Option(names = "--credentials", paramLabel = "FILE",
        description = "file holding one line 'user:password' for the target (outside the project folder; default: $TYOVERKKO_TARGET_CREDENTIALS)")
    Path credentials;

    @Override
    public Integer call() {
        if (target == null) {
            build(storeOption.project());
            return ExitCodes.OK;
        }
        Project p = storeOption.project();
        if (!target.matches("https?://.+")) throw new UsageException("--target must be an http(s) URL: " + target);
        Path file = credentials != null ? credentials
            : System.getenv("TYOVERKKO_TARGET_CREDENTIALS") != null ? Path.of(System.getenv("TYOVERKKO_TARGET_CREDENTIALS")) : null;
        CredentialsFile c = file == null ? null : CredentialsFile.read(file, p);
        System.out.println("Building from " + p.root() + " into " + target);
        var out = new KnowledgeBaseBuilder(p, System.out::println, RowProgress.forTerminal())
            .build(new RemoteStore(target, c == null ? null : c.user(), c == null ? null : c.password()));
        report(out);
        return ExitCodes.OK;
    }

    private static void report(KnowledgeBaseBuilder.Outcome out) {
        long total = out.sizes().values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("Built %d graphs, %d triples in %d ms; changed: %s; removed: %s%n",
            out.sizes().size(), total, out.millis(),
            graphNames(out.changed()), graphNames(out.removed()));
    }

    /** At most 20 graph names in a line: a first build of a large project changes thousands of document graphs. */
    static String graphNames(java.util.Collection<String> names) {
        if (names.isEmpty()) return "none";
        int shown = 20;
        String first = String.join(", ", names.stream().limit(shown).toList());
        return names.size() <= shown ? first
            : first + " and " + (names.size() - shown) + " more (" + names.size() + " graphs; 'tyoverkko stats' lists them all)";
    }

    /** Builds the project into its store and says what changed; shared with {@code up}. */
    static void build(Project p) {
        System.out.println("Building from " + p.root() + " into " + p.store());
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            report(new KnowledgeBaseBuilder(p, System.out::println, RowProgress.forTerminal()).build(store));
            BuildStamp.write(p);
        }
    }
}
