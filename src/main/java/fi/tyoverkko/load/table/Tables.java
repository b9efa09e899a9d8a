package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The front door for reading tables: picks the reader by file name. */
public final class Tables {
    private Tables() {}

    public static Table open(Path file, String shownPath, TableOptions options) {
        if (!Files.isRegularFile(file)) throw new SourceException(shownPath, 0, 0, "no such file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) return new XlsxTable(file, shownPath, options);
        if (name.endsWith(".geojson") || name.endsWith(".json")) return new GeoJsonTable(file, shownPath);
        if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) {
            TableOptions o = name.endsWith(".tsv") && options.delimiter() == null
                ? new TableOptions('\t', options.encoding(), options.sheet()) : options;
            return new CsvTable(file, shownPath, o);
        }
        throw new SourceException(shownPath, 0, 0, "unknown table format (expected .csv, .tsv, .xlsx or .geojson)");
    }
}
