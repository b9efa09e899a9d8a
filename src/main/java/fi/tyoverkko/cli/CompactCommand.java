package fi.tyoverkko.cli;

import fi.tyoverkko.store.KnowledgeStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "compact", mixinStandardHelpOptions = true,
    header = "Reclaim the disk space of replaced data (TDB2 compaction). / Tiivistä tietovarasto.",
    description = "TDB2 never overwrites in place, so every rebuild leaves the old versions of changed graphs on disk. "
        + "Compaction writes a fresh copy of the current data and deletes the old one. Run it when the store folder "
        + "has grown after many builds; not while a server uses the store.")
final class CompactCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Override
    public Integer call() throws IOException {
        Path dir = storeOption.project().store();
        long before = size(dir);
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            DatabaseMgr.compact(store.dataset(), true);
        }
        System.out.printf("Compacted %s: %.1f MB → %.1f MB%n", dir, before / 1e6, size(dir) / 1e6);
        return ExitCodes.OK;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
