package fi.tyoverkko.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** The generator's Finnish name parts, from {@code words.properties}: language material, not facts. */
final class WordLists {
    private final Properties p = new Properties();

    WordLists() {
        try (InputStream in = WordLists.class.getResourceAsStream("words.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> get(String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalStateException("words.properties has no " + key);
        return List.of(v.split("\\|"));
    }
}
