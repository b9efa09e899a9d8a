package fi.tyoverkko.curated;

import fi.tyoverkko.TestKnowledgeBase;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The curated and reference tables read directly (not through the loader), for expected answers. */
public final class Tables {
    private Tables() {}

    public static List<Map<String, String>> read(String path) {
        Path p = TestKnowledgeBase.projectRoot().resolve(path);
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                rows.add(rec.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every name and variant of the organisations table → its canonical name. */
    static Map<String, String> organisationNames() {
        Map<String, String> names = new HashMap<>();
        for (var row : read("data/curated/organisations.csv")) {
            names.put(row.get("name"), row.get("name"));
            for (String v : row.get("variants").split("\\|")) if (!v.isBlank()) names.put(v.strip(), row.get("name"));
        }
        return names;
    }

    /** Municipality name → region code, from the reference table. */
    static Map<String, String> regionOfMunicipality() {
        Map<String, String> out = new HashMap<>();
        for (var row : read("data/reference/municipalities.csv")) out.put(row.get("name_fi"), row.get("region_code"));
        return out;
    }

    /** Region name → code. */
    static Map<String, String> regionCodes() {
        Map<String, String> out = new HashMap<>();
        for (var row : read("data/reference/regions.csv")) out.put(row.get("name_fi"), row.get("code"));
        return out;
    }

    /** Inflected place names that the curated tables use, with their base forms (written by hand). */
    static final Map<String, String> INFLECTED = Map.of("Helsingissä", "Helsinki");

    static String baseName(String place) {
        return INFLECTED.getOrDefault(place, place);
    }
}
