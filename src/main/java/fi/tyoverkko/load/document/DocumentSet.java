package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The documents of a folder with a {@code sources.csv} manifest, read through {@link DocumentReaders}. */
public final class DocumentSet {
    private DocumentSet() {}

    public static List<Document> read(Path folder, java.util.function.Function<Path, String> shown) {
        Path manifest = folder.resolve("sources.csv");
        if (!Files.isRegularFile(manifest)) throw SourceException.of(shown.apply(manifest), "no manifest sources.csv in the folder");
        SourceManifest m = SourceManifest.read(manifest, shown.apply(manifest));
        List<Document> out = new ArrayList<>();
        for (SourceManifest.Entry e : m.entries()) {
            Path f = folder.resolve(e.file());
            out.add(DocumentReaders.read(f, shown.apply(f), e.id(), e.date()));
        }
        return out;
    }
}
