package fi.tyoverkko.cli;

import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
    header = "Check ontology/ and data/ against the shapes without writing. / Tarkista aineisto.",
    description = "Makes every graph a build would make and runs the SHACL shapes over them; each violation is "
        + "reported with its file and line, focus node, path and message. The store is not touched.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Override
    public Integer call() {
        var graphs = new KnowledgeBaseBuilder(storeOption.project(), System.out::println, RowProgress.quiet()).produceValidated();
        long triples = graphs.values().stream().mapToLong(g -> g.graph().size()).sum();
        System.out.printf("Valid: %d graphs, %d triples, 0 violations.%n", graphs.size(), triples);
        return ExitCodes.OK;
    }
}
