package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FinnishDates;
import fi.tyoverkko.text.PartialDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and periods: "1.1.2024–31.12.2025", "3.-4.5.", "12.3.2024", "12.3." (the year from the
 * document's date), "3/2024 – 6/2025", "toukokuussa 2024", "huhti–toukokuussa 2025", "huhtikuusta 2024", "vuoden 2024 kesäkuussa", "2024–2026", and
 * a year alone where the words around it say it is a time ("vuonna 2024", "(2024–2026)",
 * "syksyllä 2024"). A period gives one fact, an ISO interval; its ends are not listed again.
 * Rules run longest first; a later rule does not match inside an earlier match.
 */
final class DateExtractor implements Extractor {
    private static final String DASH = "\\s*[–—-]\\s*";
    private static final String MONTH_PREFIX = "(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)";
    private static final String MONTHS = MONTH_PREFIX + "kuu\\p{L}*";
    private static final String TIME_WORDS = "(?:vuon\\p{L}*|vuod\\p{L}*|vuosi\\p{L}*|vuosina|vuosien|syksy\\p{L}*|kevä\\p{L}*"
        + "|kesä\\p{L}*|talv\\p{L}*|alkaen|asti|saakka|lähtien|aikana|mennessä|lopu\\p{L}*|alu\\p{L}*)";

    private record Rule(String id, Pattern pattern, double confidence) {}

    private static final List<Rule> RULES = List.of(
        new Rule("date.day-range", Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{4}" + DASH + "\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?!\\d)"), 0.97),
        new Rule("date.day-range", Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.?" + DASH + "\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4})?(?!\\d)"), 0.9),
        new Rule("date.day-range", Pattern.compile("(?<![\\d.])\\d{1,2}\\.?" + DASH + "\\d{1,2}\\.\\d{1,2}\\.(?:\\d{4})?(?!\\d)"), 0.9),
        new Rule("date.day", Pattern.compile("(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?!\\d)"), 0.97),
        new Rule("date.month-range", Pattern.compile("(?<![\\d./])\\d{1,2}/\\d{4}" + DASH + "\\d{1,2}/\\d{4}(?!\\d)"), 0.95),
        new Rule("date.month", Pattern.compile("(?<![\\d./])\\d{1,2}/\\d{4}(?![\\d/])"), 0.9),
        new Rule("date.month-name-range", Pattern.compile("(?i)\\b" + MONTH_PREFIX + "(?:kuu\\p{L}*)?" + DASH + MONTHS + "\\s+\\d{4}(?!\\d)"), 0.93),
        new Rule("date.month-name", Pattern.compile("(?i)\\b" + MONTHS + "\\s+\\d{4}(?!\\d)"), 0.95),
        new Rule("date.year-month-name", Pattern.compile("(?i)(?<![\\d.,/])(?:19|20)\\d{2}\\s+" + MONTHS), 0.9),
        new Rule("date.year-range", Pattern.compile("(?<![\\d.,/])(?:19|20)\\d{2}" + DASH + "(?:19|20)\\d{2}(?!\\d|,\\d)"), 0.92),
        new Rule("date.day-no-year", Pattern.compile("(?<![\\d.,])\\d{1,2}\\.\\d{1,2}\\.(?![\\d])"), 0.85),
        new Rule("date.year", Pattern.compile("(?<![\\d.,/])(?:19[5-9]\\d|20[0-4]\\d)(?!\\d|,\\d|-lu)"), 0.8));

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>();
        BitSet taken = new BitSet(v.text().length());
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(v.text());
            while (m.find()) {
                if (taken.get(m.start(), m.end()).cardinality() > 0) continue;
                if (r.id.equals("date.year") && !looksLikeTime(v.text(), m.start(), m.end())) continue;
                if (r.id.equals("date.year-range") && v.text().startsWith("-", m.end())) continue;
                String value = normalise(m.group(), r.id, v.document().date());
                if (value == null) continue;
                taken.set(m.start(), m.end());
                out.add(v.fact(FactType.DATE, value, m.start(), m.end(), r.id, r.confidence, null, ""));
            }
        }
        return out;
    }

    /** ISO date or interval; null when the text is not a possible date (31.2., 45.7.). */
    static String normalise(String text, String rule, PartialDate context) {
        String s = text.strip();
        try {
            if (rule.equals("date.year-month-name")) {
                String[] p = s.split("\\s+");
                return PartialDate.ofMonth(Integer.parseInt(p[0]), FinnishDates.monthOf(p[1])).lexical();
            }
            if (rule.equals("date.month-name-range")) {
                // "huhti–toukokuussa 2025": the first month is written as a prefix
                String[] p = s.split(DASH, 2);
                String[] q = p[1].strip().split("\\s+");
                int year = Integer.parseInt(q[1]);
                String first = p[0].toLowerCase(Locale.ROOT).replaceAll("kuu\\p{L}*$", "") + "kuu";
                PartialDate a = PartialDate.ofMonth(year, FinnishDates.monthOf(first)), b = PartialDate.ofMonth(year, FinnishDates.monthOf(q[0]));
                return b.last().isBefore(a.first()) ? null : a.lexical() + "/" + b.lexical();
            }
            if (rule.equals("date.month-name")) {
                String[] p = s.split("\\s+");
                return PartialDate.ofMonth(Integer.parseInt(p[1]), FinnishDates.monthOf(p[0])).lexical();
            }
            if (rule.equals("date.day-range") && s.matches("\\d{1,2}\\.\\d{1,2}\\.?" + DASH + ".*")) {
                // "9.10.–12.10." : both sides have a month
                String[] p = s.split(DASH, 2);
                PartialDate end = FinnishDates.parse(p[1].strip(), context);
                PartialDate start = FinnishDates.parse(p[0].strip().replaceAll("\\.$", "") + "." + end.year(), null);
                if (end.last().isBefore(start.first())) return null;
                return start.lexical() + "/" + end.lexical();
            }
            if (rule.equals("date.day-no-year") && context == null) return null;
            FinnishDates.Period p = FinnishDates.parsePeriod(s.replaceAll("\\.$", ".") , context);
            if (p.start().equals(p.end())) return p.start().lexical();
            return p.start().lexical() + "/" + p.end().lexical();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A bare year counts as a date only next to a time word or in parentheses. */
    private static boolean looksLikeTime(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 25), start).toLowerCase(Locale.ROOT);
        String after = text.substring(end, Math.min(text.length(), end + 20)).toLowerCase(Locale.ROOT);
        if (before.endsWith("(") && after.startsWith(")")) return true;
        if (before.matches("(?s).*\\b" + TIME_WORDS + "\\s+$")) return true;
        if (before.matches("(?s).*\\b(?:vuo\\p{L}*|kevää\\p{L}*|syksy\\p{L}*)\\s+" + "$")) return true;
        return after.matches("(?s)^\\s+" + TIME_WORDS + ".*") && !after.matches("(?s)^\\s+vuotta.*");
    }
}
