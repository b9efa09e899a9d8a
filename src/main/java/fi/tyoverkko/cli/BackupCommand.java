package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.store.Backups;
import fi.tyoverkko.store.KnowledgeStore;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "backup", mixinStandardHelpOptions = true,
    header = "Write the whole store to a compressed N-Quads file. / Varmuuskopioi tietovarasto.")
final class BackupCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
        description = "backup file (default: backups/tyoverkko-YYYYMMDD-HHMMSS.nq.gz in the project)")
    Path file;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        Path target = file != null ? file
            : p.root().resolve("backups").resolve("tyoverkko-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".nq.gz");
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            long n = Backups.backup(store, target);
            System.out.printf("Wrote %d quads to %s%n", n, target);
        }
        return ExitCodes.OK;
    }
}
