package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file read strictly: undecodable bytes, broken quotes and ragged rows are errors with a line. */
final class CsvTable implements Table {
    /** Longest line we accept before calling the file broken (a runaway quote swallows the rest). */
    static final int MAX_LINE_CHARS = 1_000_000;

    private final String path;
    private final BufferedReader reader;
    private final CSVParser parser;
    private final List<String> columns;
    private final Iterator<CSVRecord> records;
    private final TableOptions options;

    CsvTable(Path file, String shownPath, TableOptions options) {
        this.path = shownPath;
        this.options = options;
        try {
            InputStream in = Files.newInputStream(file);
            CharsetDecoder decoder = options.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
            skipBom(reader);
            reader.mark(MAX_LINE_CHARS);
            String first = readFirstLine(reader);
            reader.reset();
            if (first == null || first.isBlank()) throw new SourceException(path, 1, 0, "empty table: no header line");
            char delimiter = options.delimiter() != null ? options.delimiter() : CsvDialectSniffer.delimiter(first);
            parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(reader);
            records = parser.iterator();
            if (!records.hasNext()) throw new SourceException(path, 1, 0, "empty table: no header line");
            columns = header(records.next());
        } catch (CharacterCodingException e) {
            throw new SourceException(path, 1, 0, encodingMessage(options));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new SourceException(path, 1, 0, "cannot read table: " + rootMessage(e));
        }
    }

    private List<String> header(CSVRecord r) {
        List<String> names = new ArrayList<>();
        var seen = new HashSet<String>();
        for (int i = 0; i < r.size(); i++) {
            String name = r.get(i).strip();
            if (name.isEmpty()) throw new SourceException(path, 1, i + 1, "column " + (i + 1) + " has no name in the header");
            if (!seen.add(name)) throw new SourceException(path, 1, i + 1, "column name '" + name + "' appears twice in the header");
            names.add(name);
        }
        return List.copyOf(names);
    }

    @Override public String path() { return path; }
    @Override public List<String> columns() { return columns; }

    @Override
    public Iterator<Row> rows() {
        return new Iterator<>() {
            private Row pending;

            @Override public boolean hasNext() {
                while (pending == null) {
                    long line = parser.getCurrentLineNumber() + 1;
                    CSVRecord r;
                    try {
                        if (!records.hasNext()) return false;
                        r = records.next();
                    } catch (UncheckedIOException | IllegalStateException e) {
                        if (hasCause(e, CharacterCodingException.class)) {
                            throw new SourceException(path, line, 0, encodingMessage(options));
                        }
                        throw new SourceException(path, line, 0, "malformed CSV: " + rootMessage(e));
                    }
                    if (r.size() == 1 && r.get(0).isBlank()) continue; // a blank line
                    if (r.size() != columns.size()) {
                        throw new SourceException(path, line, 0,
                            "row has " + r.size() + " cells but the header has " + columns.size() + " columns");
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) cells.put(columns.get(i), r.get(i));
                    pending = new Row(line, cells);
                }
                return true;
            }

            @Override public Row next() {
                if (!hasNext()) throw new NoSuchElementException();
                Row r = pending;
                pending = null;
                return r;
            }
        };
    }

    private static boolean hasCause(Throwable e, Class<?> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) if (type.isInstance(t)) return true;
        return false;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skipBom(BufferedReader r) throws IOException {
        r.mark(1);
        if (r.read() != '\uFEFF') r.reset();
    }

    private static String readFirstLine(BufferedReader r) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = r.read()) != -1 && c != '\n' && c != '\r') {
            if (sb.length() >= MAX_LINE_CHARS - 1) break;
            sb.append((char) c);
        }
        return sb.length() == 0 && c == -1 ? null : sb.toString();
    }

    private static String encodingMessage(TableOptions o) {
        return "bytes that are not valid " + o.encoding().name()
            + " (if the file is Windows-1252 or ISO-8859-1, say so with '#+ encoding: windows-1252' in its mapping)";
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage();
        return m == null ? t.getClass().getSimpleName() : m;
    }
}
