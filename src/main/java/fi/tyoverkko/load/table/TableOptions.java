package fi.tyoverkko.load.table;

import java.nio.charset.Charset;

/**
 * How to read a table: delimiter (null = detect), character encoding (UTF-8 unless told;
 * a BOM is skipped), and the sheet of a workbook (null = the first).
 */
public record TableOptions(Character delimiter, Charset encoding, String sheet) {
    public static final TableOptions DEFAULT = new TableOptions(null, java.nio.charset.StandardCharsets.UTF_8, null);
}
