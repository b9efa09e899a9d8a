package fi.tyoverkko.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods as Finnish text writes them: "19.9.2018", "27.9." (the year from the
 * document's date), "9/2020", "2017", "toukokuussa 2019", "1.9.2020–31.12.2022", "2017–2019",
 * "9.-10.10.", "9/2024 – 9/2025". ISO forms (2018-09-19, 2020-09) are accepted too.
 */
public final class FinnishDates {
    private FinnishDates() {}

    /** A period; start and end are equal for a single date. */
    public record Period(PartialDate start, PartialDate end) {
        public Period {
            if (end.last().isBefore(start.first())) {
                throw new IllegalArgumentException("period ends before it starts: " + start + " – " + end);
            }
        }
    }

    private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern DM = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.?");
    private static final Pattern D = Pattern.compile("(\\d{1,2})\\.?");
    private static final Pattern MY = Pattern.compile("(\\d{1,2})/(\\d{4})");
    private static final Pattern Y = Pattern.compile("(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");
    private static final Pattern MONTH_Y = Pattern.compile("(\\p{L}+)\\s+(\\d{4})");
    private static final Pattern RANGE_SEP = Pattern.compile("\\s*[–—-]\\s*");

    private static final List<String> MONTHS = List.of("tammi", "helmi", "maalis", "huhti", "touko", "kesä",
        "heinä", "elo", "syys", "loka", "marras", "joulu");

    /** One date. {@code context} supplies the year when the text gives only day and month; may be null. */
    public static PartialDate parse(String text, PartialDate context) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty date");
        String s = text.strip();
        Matcher m;
        if ((m = DMY.matcher(s)).matches()) return PartialDate.ofDay(i(m, 3), i(m, 2), i(m, 1));
        if ((m = ISO.matcher(s)).matches()) {
            return m.group(3) == null ? PartialDate.ofMonth(i(m, 1), i(m, 2)) : PartialDate.ofDay(i(m, 1), i(m, 2), i(m, 3));
        }
        if ((m = MY.matcher(s)).matches()) return PartialDate.ofMonth(i(m, 2), i(m, 1));
        if ((m = Y.matcher(s)).matches()) return PartialDate.ofYear(i(m, 1));
        if ((m = MONTH_Y.matcher(s)).matches()) {
            int month = monthOf(m.group(1));
            if (month > 0) return PartialDate.ofMonth(i(m, 2), month);
        }
        if ((m = DM.matcher(s)).matches()) {
            if (context == null) {
                throw new IllegalArgumentException("'" + text + "' has no year and there is no document date to take it from");
            }
            return PartialDate.ofDay(context.year(), i(m, 2), i(m, 1));
        }
        throw new IllegalArgumentException("not a date: '" + text + "'");
    }

    /** A period or a single date; a day range such as "9.-10.10." shares the month and year of its end. */
    public static Period parsePeriod(String text, PartialDate context) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty period");
        String s = text.strip();
        String[] parts = splitRange(s);
        if (parts == null) {
            PartialDate d = parse(s, context);
            return new Period(d, d);
        }
        PartialDate end = parse(parts[1], context);
        Matcher day = D.matcher(parts[0].strip());
        PartialDate start;
        if (day.matches() && end.day() != null) {
            start = PartialDate.ofDay(end.year(), end.month(), i(day, 1));
        } else {
            start = parse(parts[0], new PartialDate(end.year(), null, null));
        }
        return new Period(start, end);
    }

    /** Splits "a–b" at the range dash; null when the text is a single date (ISO dates keep their hyphens). */
    private static String[] splitRange(String s) {
        if (ISO.matcher(s).matches()) return null;
        Matcher m = RANGE_SEP.matcher(s);
        while (m.find()) {
            String left = s.substring(0, m.start()), right = s.substring(m.end());
            if (!left.isBlank() && !right.isBlank()) return new String[] {left, right};
        }
        return null;
    }

    /** 1..12 for a Finnish month name in any case form ("toukokuussa", "huhtikuusta"), else 0. */
    public static int monthOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (int k = 0; k < MONTHS.size(); k++) {
            if (w.startsWith(MONTHS.get(k) + "ku")) return k + 1;
        }
        return 0;
    }

    private static int i(Matcher m, int group) { return Integer.parseInt(m.group(group)); }
}
