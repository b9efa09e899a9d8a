package fi.tyoverkko.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as Finnish text writes them: space-grouped thousands ("1 234 567"), decimal comma
 * ("1,5"), a percent sign, currency words and scale words ("10,1 milj €", "158 115 euroa").
 */
public final class FinnishNumbers {
    private FinnishNumbers() {}

    // digits grouped by (no-break) spaces, or plain digits; decimal comma or point
    private static final Pattern NUMBER = Pattern.compile(
        "([+\\-−]?)(\\d{1,3}(?:[ \u00A0\u202F\u2009]\\d{3})+|\\d+)(?:[,.](\\d+))?");
    private static final Pattern SCALE = Pattern.compile(
        "^(milj(?:\\.|oonaa|oona|oonan)?|mrd\\.?|miljardia|tuhatta|t(?=€))", Pattern.CASE_INSENSITIVE);
    private static final Pattern UNIT = Pattern.compile(
        "^(€|eur\\.?|euroa|euro|e|%|prosenttia)?$", Pattern.CASE_INSENSITIVE);

    /** Parses a number; accepts a trailing scale word, currency or percent sign. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty number");
        String s = text.strip();
        if (s.regionMatches(true, 0, "noin ", 0, 5)) s = s.substring(5).strip();
        Matcher m = NUMBER.matcher(s);
        if (!m.lookingAt()) throw new IllegalArgumentException("not a number: '" + text + "'");
        String digits = m.group(2).replaceAll("[ \u00A0\u202F\u2009]", "");
        String fraction = m.group(3);
        // "1.500" with a point and three digits is a grouped thousand, not one and a half
        if (fraction != null && s.charAt(m.start(3) - 1) == '.' && fraction.length() == 3 && !digits.isEmpty()
                && m.group(2).length() <= 3) {
            digits = digits + fraction;
            fraction = null;
        }
        BigDecimal value = new BigDecimal(fraction == null ? digits : digits + "." + fraction);
        if (!m.group(1).isEmpty()) value = value.negate();
        String rest = s.substring(m.end()).strip();
        Matcher scale = SCALE.matcher(rest);
        if (scale.lookingAt()) {
            String w = scale.group(1).toLowerCase(Locale.ROOT);
            if (w.startsWith("milj") && !w.equals("miljardia")) value = value.movePointRight(6);
            else if (w.startsWith("mrd") || w.equals("miljardia")) value = value.movePointRight(9);
            else value = value.movePointRight(3);
            rest = rest.substring(scale.end()).strip();
        }
        if (!UNIT.matcher(rest).matches()) {
            throw new IllegalArgumentException("not a number: '" + text + "' (unexpected '" + rest + "')");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    /** A euro amount: a number that must not be negative. */
    public static BigDecimal euros(String text) {
        BigDecimal v = parse(text);
        if (v.signum() < 0) throw new IllegalArgumentException("negative amount: '" + text + "'");
        return v;
    }
}
