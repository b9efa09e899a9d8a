package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** Remembers when the store was last built, so that {@code up} rebuilds only when an input is newer. */
final class BuildStamp {
    private BuildStamp() {}

    static Path file(Project p) { return p.store().resolve("last-build"); }

    static void write(Project p) {
        try {
            Files.writeString(file(p), java.time.Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when there is no stamp or a file under ontology/ or data/ changed after it. */
    static boolean stale(Project p) {
        Path stamp = file(p);
        if (!Files.exists(stamp)) return true;
        try {
            FileTime built = Files.getLastModifiedTime(stamp);
            for (Path dir : new Path[] {p.ontology(), p.data()}) {
                if (!Files.isDirectory(dir)) continue;
                try (Stream<Path> s = Files.walk(dir)) {
                    if (s.anyMatch(f -> newer(f, built))) return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean newer(Path f, FileTime t) {
        try {
            return Files.getLastModifiedTime(f).compareTo(t) > 0;
        } catch (IOException e) {
            return true;
        }
    }
}
