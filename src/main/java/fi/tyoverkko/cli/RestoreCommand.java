package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.store.Backups;
import fi.tyoverkko.store.KnowledgeStore;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "restore", mixinStandardHelpOptions = true,
    header = "Replace the store's content with a backup. / Palauta varmuuskopio.",
    description = "The whole file is read and checked first; the store changes only if it is a valid backup.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "a backup written by 'tyoverkko backup'")
    Path file;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            long n = Backups.restore(store, file, file.toString());
            System.out.printf("Restored %d quads from %s%n", n, file);
        }
        BuildStamp.write(p);
        return ExitCodes.OK;
    }
}
