package fi.tyoverkko.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NameKeyTest {

    /** The definition NameKey.exact had as three regular expressions; the one-pass version must agree with it. */
    private static String byRegex(String name) {
        String s = Pattern.compile("[\\-‐‑–—_/]").matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ");
        s = Pattern.compile("[\"”“'’.,:;()]").matcher(s).replaceAll("");
        return Pattern.compile("\\s+").matcher(s).replaceAll(" ").strip();
    }

    @Test
    void exact_agreesWithTheRegularExpressionDefinition_onRandomNames() {
        String alphabet = "aÄöSz-‐‑–—_/\"”“'’.,:;() \t\n\u000B\f\r\u00A0\u2003\u3000Ωİ1";
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String name = b.toString();
            assertEquals(byRegex(name), NameKey.exact(name), () -> "for " + name.codePoints()
                .mapToObj(c -> String.format("U+%04X", c)).toList());
        }
    }

    @Test
    void exact_examples() {
        assertEquals("etelä savo", NameKey.exact("  Etelä-Savo "));
        assertEquals("silta valmennusyhdistys ry", NameKey.exact("Silta–Valmennusyhdistys r.y."));
        assertEquals("vates säätiö", NameKey.exact("\"Vates\" / säätiö"));
    }
}
