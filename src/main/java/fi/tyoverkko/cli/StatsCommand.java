package fi.tyoverkko.cli;

import fi.tyoverkko.store.KnowledgeStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true, header = "Triples per named graph. / Kolmikot graafeittain.")
final class StatsCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Override
    public Integer call() {
        try (KnowledgeStore store = KnowledgeStore.open(storeOption.project().store())) {
            long total = 0;
            for (var e : store.stats().entrySet()) {
                System.out.printf("%-40s %10d%n", e.getKey(), e.getValue());
                total += e.getValue();
            }
            System.out.printf("%-40s %10d%n", "total", total);
        }
        return ExitCodes.OK;
    }
}
