package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A gold annotation of one document: CSV {@code type,value,quote}, one row per distinct fact;
 * a name's value may list {@code |}-separated alternatives that all mean the same thing.
 */
public record GoldFile(String documentId, List<Item> items) {

    /** One gold fact; {@code alternatives} has at least one value. */
    public record Item(FactType type, List<String> alternatives, String quote, long line) {}

    public static GoldFile read(Path csv, String shown) {
        String name = csv.getFileName().toString();
        String id = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        List<Item> items = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get();
            var parser = format.parse(r);
            if (!parser.getHeaderNames().containsAll(List.of("type", "value"))) {
                throw new SourceException(shown, 1, 0, "header must be type,value,quote; found " + parser.getHeaderNames());
            }
            for (CSVRecord rec : parser) {
                long line = rec.getRecordNumber() + 1;
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                FactType type;
                try {
                    type = FactType.of(rec.get("type"));
                } catch (IllegalArgumentException e) {
                    throw new SourceException(shown, line, 1, e.getMessage());
                }
                List<String> alts = java.util.Arrays.stream(rec.get("value").split("\\|")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
                if (alts.isEmpty()) throw new SourceException(shown, line, 2, "empty value");
                items.add(new Item(type, alts, rec.isMapped("quote") && rec.isSet("quote") ? rec.get("quote") : "", line));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw SourceException.of(shown, "cannot read the gold file: " + e.getMessage());
        }
        return new GoldFile(id, items);
    }
}
