package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.store.KnowledgeStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "up", mixinStandardHelpOptions = true,
    header = "Build when an input changed, then serve. / Rakenna tarvittaessa ja käynnistä palvelin.")
final class UpCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Mixin ServerOptions serverOptions;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        var settings = serverOptions.settings(p);
        if (BuildStamp.stale(p)) {
            System.out.println("Inputs changed since the last build: building.");
            try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
                var out = new KnowledgeBaseBuilder(p, System.out::println, RowProgress.forTerminal()).build(store);
                System.out.printf("Built in %d ms; changed: %s%n", out.millis(), out.changed().isEmpty() ? "none" : String.join(", ", out.changed()));
            }
            BuildStamp.write(p);
        } else {
            System.out.println("The store is up to date.");
        }
        return ServeCommand.serve(p, settings);
    }
}
