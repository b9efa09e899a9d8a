package fi.tyoverkko.load.document;

import fi.tyoverkko.text.SentenceSplitter;
import fi.tyoverkko.text.Token;
import fi.tyoverkko.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Events: a date to the day that opens a list line ("12.3. Pohjois-Savo - Kuopio"), or stands in
 * a sentence with an event word ("seminaarin 5.6.2024 … Oulussa"), or a title slide's
 * date line followed by a place line. The place is the first known municipality after the date
 * on that line or in that sentence, in any inflection; the value is {@code DATE;Municipality}.
 */
final class EventExtractor implements Extractor {
    private static final List<String> EVENT_WORDS = WordList.lines("event-words.txt");
    /** "ti", "Ti.", "tiistaina": a weekday before a date. */
    private static final String WEEKDAY = "(?:ma|ti|ke|to|pe|la|su|(?:maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai|sunnuntai)\\p{L}*)";

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>();
        for (Fact d : new DateExtractor().extract(v)) {
            if (!d.value().matches("\\d{4}-\\d{2}-\\d{2}(/\\d{4}-\\d{2}-\\d{2})?")) continue;
            if (d.value().contains("/") && !shortPeriod(d.value())) continue;
            int lineStart = v.text().lastIndexOf('\n', d.start() - 1) + 1;
            int lineEnd = v.text().indexOf('\n', d.end());
            if (lineEnd < 0) lineEnd = v.text().length();
            String beforeOnLine = v.text().substring(lineStart, d.start());
            // a list line: the date first, after a bullet or a weekday ("ti 12.3.")
            boolean listItem = beforeOnLine.matches("(?i)[\\s\\-•*–]*(?:" + WEEKDAY + "(?:\\s*[–-]\\s*" + WEEKDAY + ")?\\.?,?\\s+)?");
            // an event card: "Aika: 4.3.2025 klo 9–15" with "Paikka: …, Kuopio" on a line below
            if (beforeOnLine.matches("(?i)\\s*(?:aika|ajankohta|päivämäärä|pvm)\\s*:\\s*(?:" + WEEKDAY + "\\.?,?\\s+)?")) {
                int[] placeSpan = new int[2];
                String place = placeLine(v, lineEnd, placeSpan);
                if (place == null || place.isEmpty()) {
                    String onLine = municipality(v, d.end(), lineEnd, placeSpan);
                    if (onLine != null || place == null) place = onLine;
                }
                out.add(v.fact(FactType.EVENT, firstDay(d.value()) + ";" + (place == null ? "" : place), lineStart,
                    place == null ? lineEnd : Math.max(lineEnd, placeSpan[1]), "event.card", 0.85, null, ""));
                continue;
            }
            SentenceSplitter.Span s = v.sentenceAt(d.start());
            int scopeEnd = listItem ? lineEnd : s.end();
            String scope = v.text().substring(listItem ? lineStart : s.start(), scopeEnd);
            String rest = v.text().substring(d.end(), lineEnd).strip();
            boolean titleSlide = listItem && rest.isEmpty();
            if (titleSlide) {
                int nextEnd = v.text().indexOf('\n', lineEnd + 1);
                if (nextEnd < 0) nextEnd = v.text().length();
                if (lineEnd >= v.text().length()) continue;
                String next = v.text().substring(lineEnd + 1, nextEnd).strip();
                Optional<KnownThings.Known> place = next.isEmpty() || next.contains(" ") ? Optional.empty()
                    : v.known().find("municipality", next);
                if (place.isPresent()) {
                    out.add(v.fact(FactType.EVENT, firstDay(d.value()) + ";" + place.get().label(), d.start(), nextEnd, "event.title-slide",
                        0.7, null, ""));
                    continue;
                }
            }
            if (listItem) {
                // a calendar entry: the date line, a title, then "Paikka: …" below
                int[] placeSpan = new int[2];
                String below = placeLine(v, lineEnd, placeSpan);
                if (below != null && municipality(v, d.end(), lineEnd, new int[2]) == null) {
                    out.add(v.fact(FactType.EVENT, firstDay(d.value()) + ";" + below, d.start(), Math.max(lineEnd, placeSpan[1]),
                        "event.calendar", 0.85, null, ""));
                    continue;
                }
            }
            if (titleSlide) continue;
            if (!listItem && !hasEventWord(scope)) continue;
            if (listItem && rest.isEmpty()) continue;
            int[] placeSpan = new int[2];
            String place = municipality(v, d.end(), scopeEnd, placeSpan);
            if (!listItem) {
                // "pidettiin Lieksassa 15.10.2024": in a sentence the place may come first; the nearer one wins
                int[] beforeSpan = new int[2];
                String before = municipalityBefore(v, s.start(), d.start(), beforeSpan);
                if (before != null && (place == null || d.start() - beforeSpan[1] < placeSpan[0] - d.end())) {
                    place = before;
                    placeSpan = beforeSpan;
                }
            }
            int end = place == null ? (listItem ? lineEnd : d.end()) : Math.max(d.end(), placeSpan[1]);
            int start = listItem ? d.start() : Math.min(d.start(), s.start());
            String value = firstDay(d.value()) + ";" + (place == null ? "" : place);
            out.add(v.fact(FactType.EVENT, value, start, end, listItem ? "event.list-line" : "event.sentence",
                listItem ? 0.85 : 0.8, null, ""));
        }
        return out;
    }

    /**
     * The municipality on a "Paikka:" line among the three lines after {@code from} (the last one
     * named there: "Kirjasto Metso, Tampere"); "" when the line names none ("verkossa"); null
     * when there is no such line.
     */
    private static String placeLine(TextView v, int from, int[] span) {
        int at = from;
        for (int n = 0; n < 3 && at < v.text().length(); n++) {
            int end = v.text().indexOf('\n', at + 1);
            if (end < 0) end = v.text().length();
            String line = v.text().substring(at, end).strip();
            if (line.toLowerCase(java.util.Locale.ROOT).matches("(paikka|sijainti|osoite)\\s*:.*")) {
                String last = null;
                int[] s = new int[2];
                for (int f = at; ; f = s[1]) {
                    String m = municipality(v, f, end, s);
                    if (m == null) break;
                    last = m;
                    span[0] = s[0];
                    span[1] = s[1];
                }
                return last == null ? "" : last;
            }
            at = end;
        }
        return null;
    }

    /** An event of several days is dated by its first ("9.-10.10." → 2018-10-09). */
    private static String firstDay(String date) {
        int slash = date.indexOf('/');
        return slash < 0 ? date : date.substring(0, slash);
    }

    /** An event lasts days, not months: "3.-4.5." is one, "1.1.2024–31.12.2025" is a project's time. */
    private static boolean shortPeriod(String interval) {
        String[] p = interval.split("/");
        return java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(p[0]), java.time.LocalDate.parse(p[1])) <= 7;
    }

    private static boolean hasEventWord(String scope) {
        String s = scope.toLowerCase(Locale.ROOT);
        for (String w : EVENT_WORDS) if (s.contains(w)) return true;
        return false;
    }

    /** The last known municipality among the words between two offsets, or null. */
    static String municipalityBefore(TextView v, int from, int to, int[] span) {
        String last = null;
        int[] s = new int[2];
        for (int f = from; ; f = s[1]) {
            String m = municipality(v, f, to, s);
            if (m == null) return last;
            last = m;
            span[0] = s[0];
            span[1] = s[1];
        }
    }

    /** The first known municipality among the words between two offsets; parts of hyphenated words count. */
    static String municipality(TextView v, int from, int to, int[] span) {
        List<Token> tokens = v.tokens();
        for (int i = v.tokenIndexAt(from); i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.isCapitalised()) continue;
            if (t.start() >= to) break;
            Optional<KnownThings.Known> k = v.known().find("municipality", t.text());
            if (k.isEmpty() && t.text().contains("-")) k = v.known().find("municipality", t.text().substring(0, t.text().indexOf('-')));
            if (k.isPresent()) {
                span[0] = t.start();
                span[1] = t.end();
                return k.get().label();
            }
        }
        return null;
    }
}
