package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code #+ unique:} columns of a mapping: a value given twice (say two manifest rows with one
 * id) would otherwise merge two things into one resource and fail, if at all, far from its cause.
 */
final class UniqueValues {
    private final Table table;
    private final Map<String, Map<String, Long>> firstLine = new HashMap<>();

    UniqueValues(List<String> columns, Table table) {
        this.table = table;
        TableMapper.requireColumns(table, columns, "unique");
        for (String c : columns) firstLine.put(c, new HashMap<>());
    }

    void check(Row row) {
        for (var e : firstLine.entrySet()) {
            String v = row.cells().get(e.getKey());
            if (v == null || v.isBlank()) continue;
            Long first = e.getValue().putIfAbsent(v.strip(), row.line());
            if (first != null) {
                throw new SourceException(table.path(), row.line(), table.columns().indexOf(e.getKey()) + 1,
                    "column '" + e.getKey() + "': '" + v.strip() + "' is given twice (first on line " + first + ")");
            }
        }
    }
}
