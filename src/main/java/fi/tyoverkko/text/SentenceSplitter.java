package fi.tyoverkko.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finnish sentence boundaries as character ranges. A sentence ends at ".", "!" or "?"
 * followed by a capital letter, unless the word before the period is an abbreviation
 * ("mm.", "esim.", "puh.") or a number ("12.3. Kuopio" is a date, not an end); a blank
 * line, a bullet line or a line break before a capital after a line without a verb-ending
 * also end one. Slide decks and lists have one item per line, so a line break before a
 * capital or a bullet ends the sentence too.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    /** A sentence: offsets into the text. */
    public record Span(int start, int end) {
        public boolean contains(int offset) { return offset >= start && offset < end; }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mm", "esim", "ks", "puh", "p", "ko", "n", "ns", "ym",
        "jne", "tms", "yms", "ts", "vrt", "kts", "os", "klo", "s", "t", "tel", "prof", "dos", "toim", "alk", "vs",
        "kok", "milj", "mrd", "eur", "nro", "no", "ao", "em", "yo", "tri", "fil", "ent", "va", "huom", "kpl");

    public static List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean end = false;
            int next = i + 1;
            if (c == '\n') {
                int j = i + 1;
                while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) j++;
                if (j >= n || text.charAt(j) == '\n' || isBullet(text.charAt(j)) || Character.isUpperCase(text.charAt(j))
                        || Character.isDigit(text.charAt(j))) {
                    end = true;
                }
            } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n && Character.isWhitespace(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < n && Character.isWhitespace(text.charAt(j))) j++;
                if (j >= n || Character.isUpperCase(text.charAt(j)) || isBullet(text.charAt(j)) || text.charAt(j) == '"'
                        || text.charAt(j) == '”') {
                    end = c != '.' || !abbreviationOrNumber(text, i);
                }
            }
            if (end) {
                add(text, start, next, out);
                start = next;
            }
        }
        add(text, start, n, out);
        return out;
    }

    private static boolean isBullet(char c) { return c == '-' || c == '•' || c == '*' || c == '–'; }

    /** The word just before the period at {@code dot} is an abbreviation or a number. */
    private static boolean abbreviationOrNumber(String text, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) k--;
        String word = text.substring(k, dot);
        if (word.isEmpty()) return false;
        if (Character.isDigit(word.charAt(0))) return word.length() <= 2 || k > 0 && text.charAt(k - 1) == '.';
        return ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT)) || word.length() == 1;
    }

    private static void add(String text, int from, int to, List<Span> out) {
        int s = from, e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > s) out.add(new Span(s, e));
    }
}
