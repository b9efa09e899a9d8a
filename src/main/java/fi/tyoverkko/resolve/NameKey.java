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

    /**
     * Lower case; dashes, slashes and underscores become spaces; quotes and punctuation go; runs of
     * spaces become one; no space at either end. One pass over the characters: the resolver makes a
     * key for every name of every row and document, and three regular expressions made this about a
     * tenth of the document phase at 10 M triples.
     */
    public static String exact(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (DASHES.indexOf(c) >= 0 || SPACES.indexOf(c) >= 0) {
                gap = true;
            } else if (PUNCTUATION.indexOf(c) < 0) { // punctuation is dropped without making a gap
                if (gap && b.length() > 0) b.append(' ');
                gap = false;
                b.append(c);
            }
        }
        return b.toString().strip(); // other Unicode spaces at the ends, as String.strip sees them
    }

    private static final String DASHES = "-‐‑–—_/";
    private static final String PUNCTUATION = "\"”“'’.,:;()";
    /** The characters {@code \s} matches in a Java regular expression. */
    private static final String SPACES = " \t\n\u000B\f\r";

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
