package fi.tyoverkko.text;

import java.util.regex.Pattern;

/** Phone numbers to E.164 and e-mail addresses to mailto: IRIs, as Finnish pages write them. */
public final class ContactFormats {
    private ContactFormats() {}

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[a-zA-Z]{2,}");

    /** "050 377 5432" gives "+358503775432"; numbers without a country code are Finnish. */
    public static String phoneE164(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty phone number");
        String s = text.strip().replaceFirst("^(puh\\.?|p\\.|tel\\.?)\\s*", "");
        s = s.replaceAll("[\\s\u00A0()\\-./]", "");
        if (s.startsWith("00")) s = "+" + s.substring(2);
        else if (s.startsWith("0")) s = "+358" + s.substring(1);
        if (!E164.matcher(s).matches()) throw new IllegalArgumentException("not a phone number: '" + text + "'");
        return s;
    }

    /** "name(at)example.fi" or "name@example.fi" gives "mailto:name@example.fi". */
    public static String mailto(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty e-mail address");
        String s = text.strip().replaceFirst("^mailto:", "").replace("(at)", "@").replace("[at]", "@");
        if (!EMAIL.matcher(s).matches()) throw new IllegalArgumentException("not an e-mail address: '" + text + "'");
        return "mailto:" + s.toLowerCase(java.util.Locale.ROOT);
    }
}
