package fi.tyoverkko.resolve;

import java.util.Locale;
import org.apache.lucene.analysis.fi.FinnishLightStemmer;

/**
 * Normalised keys for matching names: case, hyphens, dashes and extra spaces do not matter
 * ("Etelä-Savo" = "etelä savo"), and {@link #stemmed} also folds Finnish case endings of the
 * last word ("Kotkassa" ~ "Kotka", "Esimerkki-säätiön" ~ "Esimerkki-säätiö").
 */
public final class NameKey {
    private NameKey() {}

    public static String exact(String name) {
        return name.toLowerCase(Locale.ROOT)
            .replaceAll("[\\-‐‑–—_/]", " ")
            .replaceAll("[\"”“'’.,:;()]", "")
            .replaceAll("\\s+", " ")
            .strip();
    }

    public static String stemmed(String name) {
        String key = exact(name);
        int space = key.lastIndexOf(' ');
        String head = space < 0 ? "" : key.substring(0, space + 1);
        String last = key.substring(space + 1);
        char[] chars = last.toCharArray();
        int len = new FinnishLightStemmer().stem(chars, chars.length);
        return head + new String(chars, 0, len);
    }
}
