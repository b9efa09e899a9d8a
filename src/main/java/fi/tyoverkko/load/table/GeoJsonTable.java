package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A GeoJSON FeatureCollection as a table: one row per feature, a column per property and
 * a column {@code geometry} holding the feature's geometry as GeoJSON text. The "line" of a
 * row is the feature's 1-based position.
 */
final class GeoJsonTable implements Table {
    private final String path;
    private final List<String> columns;
    private final List<Row> rows = new ArrayList<>();

    GeoJsonTable(Path file, String shownPath) {
        this.path = shownPath;
        JsonObject root;
        try (InputStream in = Files.newInputStream(file)) {
            root = JSON.parse(in);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(path, 0, 0, "not readable GeoJSON: " + CsvTable.rootMessage(e));
        }
        if (!root.hasKey("features") || !root.get("features").isArray()) {
            throw new SourceException(path, 0, 0, "not a GeoJSON FeatureCollection (no 'features' array)");
        }
        Set<String> names = new LinkedHashSet<>();
        List<JsonObject> features = new ArrayList<>();
        for (JsonValue v : root.get("features").getAsArray()) {
            JsonObject f = v.getAsObject();
            features.add(f);
            if (f.hasKey("properties")) names.addAll(f.get("properties").getAsObject().keys());
        }
        names.add("geometry");
        columns = List.copyOf(names);
        long n = 0;
        for (JsonObject f : features) {
            Map<String, String> cells = new LinkedHashMap<>();
            JsonObject props = f.hasKey("properties") ? f.get("properties").getAsObject() : new JsonObject();
            for (String c : columns) {
                if (c.equals("geometry")) continue;
                JsonValue pv = props.get(c);
                cells.put(c, pv == null || pv.isNull() ? "" : pv.isString() ? pv.getAsString().value() : pv.toString());
            }
            cells.put("geometry", f.hasKey("geometry") ? JSON.toStringFlat(f.get("geometry")) : "");
            rows.add(new Row(++n, cells));
        }
    }

    @Override public String path() { return path; }
    @Override public List<String> columns() { return columns; }
    @Override public Iterator<Row> rows() { return rows.iterator(); }
    @Override public void close() {}
}
