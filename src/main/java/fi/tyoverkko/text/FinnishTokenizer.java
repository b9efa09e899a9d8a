package fi.tyoverkko.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Finnish text into words, numbers and punctuation, keeping offsets. Hyphenated
 * compounds stay one word ("Esimerkki-säätiön", "ELY-keskus"), as do case endings after a colon
 * ("Oy:n", "THL:n"), a trailing plus ("ESR+"), e-mail addresses and numbers with a decimal
 * comma or point ("2.0", "1,5"). A dash between words with spaces ("Hanke – miksi") is
 * punctuation.
 */
public final class FinnishTokenizer {
    private FinnishTokenizer() {}

    private static final Pattern TOKEN = Pattern.compile(
        "[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+\\.\\p{L}{2,}"               // e-mail
        + "|[\\p{L}\\p{N}._\\-]+\\((?:at)\\)[\\p{L}\\p{N}.\\-]+\\.\\p{L}{2,}"      // name(at)example.fi
        + "|\\p{L}[\\p{L}\\p{N}]*(?:[\\-‑][\\p{L}\\p{N}]+)*(?::[\\p{L}]{1,4}\\b)?\\+?-?"  // word
        + "|\\d+(?:[.,]\\d+)*"                                                    // number
        + "|\\S");                                                                // punctuation

    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(new Token(m.group(), m.start(), m.end()));
        return out;
    }
}
