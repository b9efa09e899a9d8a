package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.resolve.Resolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a {@link TableMapping} over its table: each row's cells are bound to the query's
 * variables (column {@code name_fi} becomes {@code ?name_fi}; empty cells stay unbound) and
 * the CONSTRUCT template's triples are collected. Besides the columns, every row binds
 * {@code ?_line} (the row's line in the file), {@code ?_table} (the table's path) and
 * {@code ?_rowid} (a stable hash of the row's cells, for identifiers of row-level nodes).
 * The query sees {@code context}: the graphs built before it.
 */
public final class TableMapper {
    private TableMapper() {}

    /** Where a resource was first produced: for messages that point a person to the row. */
    public record Origin(String table, Row row) {}

    public record Result(Graph graph, long rows, Map<Node, Origin> origins) {}

    public static Result run(TableMapping mapping, DatasetGraph context, Resolver resolver, LongConsumer onRow) {
        MappingFunctions.register();
        Graph out = GraphFactory.createDefaultGraph();
        Map<Node, Origin> origins = new HashMap<>();
        Context cxt = new Context();
        cxt.set(MappingFunctions.RESOLVER, resolver);
        long rows = 0;
        try (Table table = Tables.open(mapping.table(), mapping.shownTable(), mapping.options())) {
            for (String req : mapping.required()) {
                if (!table.columns().contains(req)) {
                    throw new SourceException(table.path(), 1, 0, "missing required column '" + req
                        + "' (the header has: " + String.join(", ", table.columns()) + ")");
                }
            }
            Node tablePath = NodeFactory.createLiteralString(table.path());
            for (Iterator<Row> it = table.rows(); it.hasNext(); ) {
                Row row = it.next();
                mapRow(mapping, table.path(), tablePath, row, context, cxt, out, origins);
                rows++;
                if (onRow != null) onRow.accept(rows);
            }
        }
        return new Result(out, rows, origins);
    }

    private static void mapRow(TableMapping mapping, String path, Node tablePath, Row row, DatasetGraph context,
                               Context cxt, Graph out, Map<Node, Origin> origins) {
        BindingBuilder b = BindingBuilder.create();
        int col = 0;
        for (var cell : row.cells().entrySet()) {
            col++;
            String v = cell.getValue() == null ? "" : cell.getValue().strip();
            if (v.isEmpty()) {
                if (mapping.required().contains(cell.getKey())) {
                    throw new SourceException(path, row.line(), col, "required cell '" + cell.getKey() + "' is empty");
                }
                continue;
            }
            b.add(Var.alloc(variableName(cell.getKey())), NodeFactory.createLiteralString(v));
        }
        b.add(Var.alloc("_line"), NodeFactory.createLiteralDT(Long.toString(row.line()), XSDDatatype.XSDinteger));
        b.add(Var.alloc("_table"), tablePath);
        b.add(Var.alloc("_rowid"), NodeFactory.createLiteralString(rowId(row)));
        try {
            Iterator<Triple> triples = QueryExec.dataset(context).query(mapping.query()).substitution(b.build())
                .context(cxt).build().constructTriples();
            while (triples.hasNext()) {
                Triple t = triples.next();
                out.add(t);
                origins.putIfAbsent(t.getSubject(), new Origin(path, row));
            }
        } catch (RuntimeException e) {
            ValueException ve = find(e);
            if (ve == null) {
                throw new SourceException(path, row.line(), 0, "mapping " + mapping.shownPath() + " failed on this row: "
                    + CsvTable.rootMessage(e), e);
            }
            String column = row.columnNameOf(ve.value());
            throw new SourceException(path, row.line(), row.columnOf(ve.value()),
                (column == null ? "" : "column '" + column + "': ") + ve.getMessage());
        }
    }

    /** Column names become SPARQL variable names: anything but letters, digits and _ turns into _. */
    public static String variableName(String column) {
        return column.strip().replaceAll("[^\\p{L}\\p{N}_]", "_");
    }

    private static ValueException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValueException ve) return ve;
        }
        return null;
    }

    private static String rowId(Row row) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String v : row.cells().values()) {
                md.update((v == null ? "" : v.strip()).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(md.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
