package fi.tyoverkko.load.table;

/**
 * Guesses a CSV delimiter from the first line: the candidate (comma, semicolon, tab, pipe)
 * that occurs most often outside quotes. Spreadsheets in Finnish locales write semicolons.
 */
public final class CsvDialectSniffer {
    private CsvDialectSniffer() {}

    private static final char[] CANDIDATES = {',', ';', '\t', '|'};

    public static char delimiter(String firstLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < firstLine.length(); i++) {
            char c = firstLine.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) if (c == CANDIDATES[k]) counts[k]++;
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) if (counts[k] > counts[best]) best = k;
        return CANDIDATES[best];
    }
}
