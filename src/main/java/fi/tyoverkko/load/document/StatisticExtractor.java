package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FinnishNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Municipal statistics written as "Väkiluku 12 345 (2020)", "Työttömyysaste 9,9%",
 * "työllisyysaste 70,1%", "Työllistymistä tukevat palvelut 3,2 milj € (2020)". The year is the
 * one in parentheses after the figure, else the next one on the line, else the one of the
 * figure before; the municipality is the nearest known one before the figure (a heading such
 * as "Taustaa Kuopion työllisyydestä"). Value: {@code Municipality;indicator;number;year}.
 */
final class StatisticExtractor implements Extractor {
    private record Indicator(String name, Pattern pattern) {}

    private static final String NUM = "(?!(?:19|20)\\d{2}(?!\\s?\\d{3}\\b))(\\d{1,3}(?:[ \\u00A0]\\d{3})+|\\d+(?:,\\d+)?)";
    /** Up to four lower-case words between the indicator and its figure ("työttömyysaste oli", "väkiluku vuonna 2018 oli"). */
    private static final String GAP = "(?:\\s+(?:\\p{Ll}+|\\p{Lu}\\p{Ll}+ssa|\\p{Lu}\\p{Ll}+ssä|(?:19|20)\\d{2})){0,4}?";
    private static final List<Indicator> INDICATORS = List.of(
        new Indicator("population", Pattern.compile("(?i)\\b(?:väkiluku|asukasluku|asukkaita)" + GAP + "\\s*:?\\s*" + NUM)),
        new Indicator("unemployment-rate", Pattern.compile("(?i)\\btyöttömyysaste" + GAP + "\\s*:?\\s*" + NUM + "\\s*%")),
        new Indicator("employment-rate", Pattern.compile("(?i)\\btyöllisyysaste" + GAP + "\\s*:?\\s*" + NUM + "\\s*%")),
        new Indicator("employment-services-spending", Pattern.compile(
            "(?i)\\b(?:työllistymistä tukevat palvelut|työllisyyspalvelu\\p{L}*|työllisyydenhoi\\p{L}*)\\s*:?\\s*("
            + "\\d+(?:,\\d+)?\\s*(?:milj\\.?|miljoonaa)\\s*(?:€|euroa|eur\\.?))")));
    private static final Pattern YEAR = Pattern.compile("\\((?:vuonna\\s+)?((?:19|20)\\d{2})\\)");
    private static final Pattern YEAR_WORDS = Pattern.compile("(?i)\\b(?:vuonna|vuoden|vuodelta|vuosi)\\s+((?:19|20)\\d{2})\\b");
    private static final int LOOK_BACK = 1500;

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>();
        for (Indicator ind : INDICATORS) {
            Matcher m = ind.pattern.matcher(v.text());
            while (m.find()) {
                String number;
                try {
                    number = FinnishNumbers.euros(m.group(1).replace("eur.", "eur")).toPlainString();
                } catch (IllegalArgumentException e) {
                    continue;
                }
                var sentence = v.sentenceAt(m.start());
                String said = v.text().substring(sentence.start(), sentence.end());
                Matcher yw = YEAR_WORDS.matcher(said);
                String year = yw.find() ? yw.group(1) : year(v.text(), m.end());
                int[] span = new int[2];
                String place = EventExtractor.municipality(v, sentence.start(), sentence.end(), span);
                if (place == null) place = place(v, m.start());
                if (year == null || place == null) continue;
                out.add(v.fact(FactType.STATISTIC, place + ";" + ind.name + ";" + number + ";" + year, m.start(), m.end(),
                    "statistic." + ind.name, 0.85, null, ""));
            }
        }
        return out;
    }

    private static String year(String text, int from) {
        int lineEnd = text.indexOf('\n', from);
        if (lineEnd < 0) lineEnd = text.length();
        Matcher y = YEAR.matcher(text.substring(from, lineEnd));
        if (y.find()) return y.group(1);
        // the year given with the figures above ("Väkiluku 12 345 (2020)" … "Työttömyysaste 9,9%")
        int blockStart = Math.max(0, from - 400);
        Matcher before = YEAR.matcher(text.substring(blockStart, from));
        String last = null;
        while (before.find()) last = before.group(1);
        return last;
    }

    private static String place(TextView v, int at) {
        int[] span = new int[2];
        String found = null;
        for (int from = Math.max(0, at - LOOK_BACK); ; ) {
            String p = EventExtractor.municipality(v, from, at, span);
            if (p == null) break;
            found = p;
            from = span[1];
        }
        return found;
    }
}
