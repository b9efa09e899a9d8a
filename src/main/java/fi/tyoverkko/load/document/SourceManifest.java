package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.text.FinnishDates;
import fi.tyoverkko.text.PartialDate;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The manifest of source documents ({@code sources.csv}: id, file, title, date, …). */
public record SourceManifest(Path folder, List<Entry> entries) {

    /** One document of the manifest; {@code date} may be null when the manifest gives none. */
    public record Entry(String id, String file, String title, PartialDate date, long line) {}

    public static SourceManifest read(Path csv, String shown) {
        List<Entry> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                long line = rec.getRecordNumber() + 1;
                String id = get(rec, "id", shown, line), file = get(rec, "file", shown, line);
                String date = rec.isMapped("date") ? rec.get("date").strip() : "";
                PartialDate d;
                try {
                    d = date.isEmpty() ? null : FinnishDates.parse(date, null);
                } catch (IllegalArgumentException e) {
                    throw new SourceException(shown, line, 0, "column 'date': " + e.getMessage());
                }
                out.add(new Entry(id, file, rec.isMapped("title") ? rec.get("title") : "", d, line));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw SourceException.of(shown, "cannot read the manifest: " + e.getMessage());
        }
        return new SourceManifest(csv.getParent(), out);
    }

    private static String get(CSVRecord rec, String column, String shown, long line) {
        if (!rec.isMapped(column) || !rec.isSet(column) || rec.get(column).isBlank()) {
            throw new SourceException(shown, line, 0, "missing '" + column + "'");
        }
        return rec.get(column).strip();
    }

    /** The entry of a document file, by its file name. */
    public Optional<Entry> byFile(String fileName) {
        return entries.stream().filter(e -> e.file().equals(fileName)).findFirst();
    }
}
