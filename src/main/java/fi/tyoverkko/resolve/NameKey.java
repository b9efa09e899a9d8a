package fi.tyoverkko.resolve;

import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.fi.FinnishLightStemmer;

/**
 * Normalised keys for matching names: case, hyphens, dashes and extra spaces do not matter
 * ("Etelä-Savo" = "etelä savo"), and {@link #stemmed} also folds Finnish case endings of the
 * last word ("Kotkassa" ~ "Kotka", "Esimerkki-säätiön" ~ "Esimerkki-säätiö").
 */
public final class NameKey {
    private NameKey() {}

    // compiled once: the resolver makes a key for every name of every row and document
    private static final Pattern DASHES = Pattern.compile("[\\-‐‑–—_/]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\"”“'’.,:;()]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static String exact(String name) {
        String s = DASHES.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = PUNCTUATION.matcher(s).replaceAll("");
        return SPACES.matcher(s).replaceAll(" ").strip();
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
