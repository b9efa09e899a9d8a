package fi.tyoverkko.load.document;

import fi.tyoverkko.text.ContactFormats;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses (also "name(at)example.fi", lower-cased) and Finnish phone numbers (to E.164). */
final class ContactExtractor implements Extractor {
    // the look-behind lets a match start only where a run of address characters starts: linear, not quadratic, on long runs
    private static final Pattern EMAIL = Pattern.compile(
        "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]+(?:@|\\(at\\)|\\[at\\])[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}");
    private static final Pattern PHONE = Pattern.compile(
        "(?<![\\d,.+])(?:\\+358[ \\u00A0-]?\\d{1,3}|0\\d{1,3})(?:[ \\u00A0-]?\\d{2,4}){1,3}(?!\\d|,\\d)");

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(v.text());
        while (m.find()) {
            try {
                String mail = ContactFormats.mailto(m.group()).substring("mailto:".length());
                out.add(v.fact(FactType.EMAIL, mail, m.start(), m.end(), "email.pattern", 0.98, null, ""));
            } catch (IllegalArgumentException e) {
                // not an address after all
            }
        }
        m = PHONE.matcher(v.text());
        while (m.find()) {
            long digits = m.group().chars().filter(Character::isDigit).count();
            if (digits < 8 || digits > 13) continue;
            try {
                String e164 = ContactFormats.phoneE164(m.group());
                boolean cue = v.text().substring(Math.max(0, m.start() - 12), m.start()).toLowerCase().matches("(?s).*(puh|tel|p\\.|gsm|mob)\\W*$")
                    || lineIsOnly(v.text(), m.start(), m.end());
                out.add(v.fact(FactType.PHONE, e164, m.start(), m.end(), cue ? "phone.cued" : "phone.pattern",
                    cue ? 0.95 : 0.7, null, ""));
            } catch (IllegalArgumentException e) {
                // not a phone number
            }
        }
        return out;
    }

    private static boolean lineIsOnly(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', start - 1) + 1;
        int le = text.indexOf('\n', end);
        if (le < 0) le = text.length();
        return text.substring(ls, start).isBlank() && text.substring(end, le).isBlank();
    }
}
