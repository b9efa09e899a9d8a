package fi.tyoverkko.load.table;

import java.util.Map;

/** One row of a table: the line it starts on (1-based, as an editor shows it) and its cells by column. */
public record Row(long line, Map<String, String> cells) {

    /** The 1-based column of the first cell holding exactly this text, or 0. */
    public int columnOf(String value) {
        int col = 1;
        for (String v : cells.values()) {
            if (v != null && v.strip().equals(value)) return col;
            col++;
        }
        return 0;
    }

    /** The name of the first column holding exactly this text, or null. */
    public String columnNameOf(String value) {
        for (Map.Entry<String, String> e : cells.entrySet()) {
            if (e.getValue() != null && e.getValue().strip().equals(value)) return e.getKey();
        }
        return null;
    }
}
