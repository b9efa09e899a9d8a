package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;

/**
 * A table-to-RDF mapping: a SPARQL CONSTRUCT file whose {@code #+ key: value} header names
 * its table. Each row of the table is run through the query with its cells bound to variables
 * named after the columns (empty cells stay unbound). Header keys:
 * <ul>
 *   <li>{@code table} (required): the table file, relative to the mapping file</li>
 *   <li>{@code graph}: the named graph to write (default: the table's file name without extension)</li>
 *   <li>{@code delimiter}: {@code ,} {@code ;} {@code tab} or {@code |} (default: detected)</li>
 *   <li>{@code encoding}: UTF-8 (default), windows-1252, ISO-8859-1</li>
 *   <li>{@code sheet}: the sheet of an XLSX workbook (default: the first)</li>
 *   <li>{@code required}: comma-separated columns that must exist and be non-empty in every row</li>
 *   <li>{@code unique}: comma-separated columns whose non-empty values may not repeat (identifiers)</li>
 *   <li>{@code description}: what the table holds</li>
 *   <li>{@code license}: the IRI of the table's licence; {@code attribution}: the credit it asks for</li>
 *   <li>{@code restricted: true}: the graph holds personal data that public endpoints do not serve</li>
 * </ul>
 */
public record TableMapping(Path file, String shownPath, Path table, String shownTable, String graph,
                           TableOptions options, List<String> required, List<String> unique, String description, String license,
                           String attribution, boolean restricted, Query query) {

    public static TableMapping read(Path file, Path projectRoot) {
        String shown = shown(file, projectRoot);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SourceException(shown, 0, 0, "cannot read mapping: " + e.getMessage());
        }
        Map<String, String> header = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("#+")) continue;
            int colon = l.indexOf(':');
            if (colon < 0) throw new SourceException(shown, i + 1, 1, "header line needs 'key: value': " + l);
            String key = l.substring(2, colon).strip();
            if (!List.of("table", "graph", "delimiter", "encoding", "sheet", "required", "unique", "description", "license",
                    "attribution", "restricted").contains(key)) {
                throw new SourceException(shown, i + 1, 3, "unknown header key '" + key
                    + "' (known: table, graph, delimiter, encoding, sheet, required, unique, description, license, attribution, restricted)");
            }
            header.merge(key, l.substring(colon + 1).strip(), (a, b) -> a + " " + b);
        }
        String tableName = header.get("table");
        if (tableName == null || tableName.isBlank()) throw new SourceException(shown, 1, 0, "the header has no '#+ table:' line");
        Path table = file.toAbsolutePath().getParent().resolve(tableName).normalize();
        Query query;
        try {
            query = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new SourceException(shown, e.getLine(), e.getColumn(), "SPARQL syntax error: " + firstLine(e.getMessage()));
        }
        if (!query.isConstructType()) throw new SourceException(shown, 0, 0, "a mapping must be a CONSTRUCT query");
        // a mapping reads its table and the graphs built before it, nothing else
        if (!table.startsWith(projectRoot.toAbsolutePath().normalize())) {
            throw new SourceException(shown, 0, 0, "the table '" + tableName + "' is outside the project folder");
        }
        if (query.hasDatasetDescription()) throw new SourceException(shown, 0, 0, "a mapping may not use FROM or FROM NAMED");
        if (usesService(query)) throw new SourceException(shown, 0, 0, "a mapping may not use SERVICE");
        String graph = header.getOrDefault("graph", baseName(table));
        List<String> required = columns(header.get("required"));
        List<String> unique = columns(header.get("unique"));
        TableOptions options = new TableOptions(delimiter(header.get("delimiter"), shown),
            encoding(header.get("encoding"), shown), header.get("sheet"));
        return new TableMapping(file, shown, table, shown(table, projectRoot), graph, options, required, unique,
            header.getOrDefault("description", ""), header.get("license"), header.get("attribution"),
            "true".equalsIgnoreCase(header.getOrDefault("restricted", "false")), query);
    }

    private static List<String> columns(String list) {
        List<String> out = new ArrayList<>();
        if (list != null) for (String c : list.split(",")) if (!c.isBlank()) out.add(c.strip());
        return List.copyOf(out);
    }

    private static boolean usesService(Query q) {
        boolean[] found = {false};
        if (q.getQueryPattern() != null) {
            org.apache.jena.sparql.syntax.ElementWalker.walk(q.getQueryPattern(), new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                @Override public void visit(org.apache.jena.sparql.syntax.ElementService el) { found[0] = true; }
            });
        }
        return found[0];
    }

    private static Character delimiter(String d, String shown) {
        if (d == null || d.isEmpty()) return null;
        return switch (d) {
            case ",", "comma" -> ',';
            case ";", "semicolon" -> ';';
            case "tab", "\\t" -> '\t';
            case "|", "pipe" -> '|';
            default -> throw new SourceException(shown, 0, 0, "unknown delimiter '" + d + "' (use , ; tab or |)");
        };
    }

    private static Charset encoding(String e, String shown) {
        if (e == null || e.isEmpty()) return StandardCharsets.UTF_8;
        try {
            return Charset.forName(e);
        } catch (RuntimeException ex) {
            throw new SourceException(shown, 0, 0, "unknown encoding '" + e + "'");
        }
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String shown(Path p, Path root) {
        Path abs = p.toAbsolutePath().normalize();
        Path r = root.toAbsolutePath().normalize();
        return abs.startsWith(r) ? r.relativize(abs).toString() : abs.toString();
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
