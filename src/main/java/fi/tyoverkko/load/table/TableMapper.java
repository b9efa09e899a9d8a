package fi.tyoverkko.load.table;

import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.resolve.Resolver;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.modify.request.QuadAcc;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.Template;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a {@link TableMapping} over its table: each row's cells are bound to the query's
 * variables (column {@code name_fi} becomes {@code ?name_fi}; empty cells stay unbound) and
 * the CONSTRUCT template's triples are collected. Besides the columns, every row binds
 * {@code ?_line} (the row's line in the file), {@code ?_table} (the table's path) and
 * {@code ?_rowid} (a stable hash of the row's cells, for identifiers of row-level nodes).
 * The query sees {@code context}: the graphs built before it.
 * <p>
 * Rows go through the query in batches, as a VALUES block at the head of its WHERE clause (as
 * TARQL does); a marker triple added to the template tells which row made which subject. When a
 * batch fails, its rows are run one by one to name the exact line and column.
 */
public final class TableMapper {
    private TableMapper() {}

    static final int BATCH = 256;
    /** Internal predicate linking a produced subject to its row's line; never leaves this class. */
    private static final Node ROW_MARK = NodeFactory.createURI("urn:x-tyoverkko:row");

    /** Where a resource was first produced: the table and the row's line. */
    public record Origin(String table, long line) {}

    public record Result(Graph graph, long rows) {}

    /** Told the row that made each subject, as the triples land (a subject made by several rows is told more than once). */
    public interface OriginSink { void accept(Node subject, Origin origin); }

    /** Stops at the header when a column the mapping names ({@code kind}: required, unique) is not there. */
    static void requireColumns(Table table, List<String> columns, String kind) {
        for (String c : columns) {
            if (!table.columns().contains(c)) {
                throw new SourceException(table.path(), 1, 0, "missing " + kind + " column '" + c
                    + "' (the header has: " + String.join(", ", table.columns()) + ")");
            }
        }
    }

    public static Result run(TableMapping mapping, DatasetGraph context, Resolver resolver, LongConsumer onRow) {
        return run(mapping, context, resolver, onRow, GraphFactory.createDefaultGraph(), (s, o) -> {});
    }

    /**
     * Runs the mapping, adding its triples to {@code out} a batch at a time (the build's own graph
     * parts, which are never held as Jena graphs); the result's graph is {@code out}. The rows that
     * made the subjects go to {@code origins} as they land, not kept here: at 9 M triples a table's
     * origins were 170 k objects, a third of the build's heap while the table ran.
     */
    public static Result run(TableMapping mapping, DatasetGraph context, Resolver resolver, LongConsumer onRow, Graph out,
                             OriginSink origins) {
        MappingFunctions.register();
        Context cxt = new Context();
        cxt.set(MappingFunctions.RESOLVER, resolver);
        long rows = 0;
        try (Table table = Tables.open(mapping.table(), mapping.shownTable(), mapping.options())) {
            requireColumns(table, mapping.required(), "required");
            UniqueValues unique = new UniqueValues(mapping.unique(), table);
            Batch batch = new Batch(mapping, table, marked(mapping.query()), context, cxt, out, origins);
            for (Iterator<Row> it = table.rows(); it.hasNext(); ) {
                Row row = it.next();
                unique.check(row);
                batch.add(row);
                rows++;
                if (onRow != null && rows % BATCH == 0) onRow.accept(rows);
            }
            batch.flush();
            if (onRow != null) onRow.accept(rows);
        }
        return new Result(out, rows);
    }

    /** The mapping's query with a marker triple (subject, ROW_MARK, ?_line) for every subject of its template. */
    private static Query marked(Query q) {
        Query copy = q.cloneQuery();
        BasicPattern bgp = new BasicPattern();
        q.getConstructTemplate().getBGP().forEach(bgp::add);
        List<Node> subjects = new ArrayList<>();
        for (Triple t : q.getConstructTemplate().getTriples()) if (!subjects.contains(t.getSubject())) subjects.add(t.getSubject());
        for (Node s : subjects) bgp.add(Triple.create(s, ROW_MARK, Var.alloc("_line")));
        QuadAcc acc = new QuadAcc();
        bgp.forEach(acc::addTriple);
        copy.setConstructTemplate(new Template(acc));
        return copy;
    }

    /** Rows waiting to go through the query together. */
    private static final class Batch {
        private final TableMapping mapping;
        private final Table table;
        private final Query query;
        private final DatasetGraph context;
        private final Context cxt;
        private final Graph out;
        private final OriginSink origins;
        private final List<Row> rows = new ArrayList<>(BATCH);
        private final List<Var> vars = new ArrayList<>();
        private final Node tablePath;

        Batch(TableMapping mapping, Table table, Query query, DatasetGraph context, Context cxt, Graph out, OriginSink origins) {
            this.mapping = mapping;
            this.table = table;
            this.query = query;
            this.context = context;
            this.cxt = cxt;
            this.out = out;
            this.origins = origins;
            for (String c : table.columns()) vars.add(Var.alloc(variableName(c)));
            for (String v : List.of("_line", "_table", "_rowid")) vars.add(Var.alloc(v));
            this.tablePath = NodeFactory.createLiteralString(table.path());
        }

        void add(Row row) {
            checkRequired(row);
            rows.add(row);
            if (rows.size() >= BATCH) flush();
        }

        void flush() {
            if (rows.isEmpty()) return;
            List<Binding> data = new ArrayList<>(rows.size());
            for (Row r : rows) data.add(binding(r));
            try {
                construct(data);
            } catch (RuntimeException e) {
                // find the row that fails, so that the message can name it
                for (Row r : rows) {
                    try {
                        construct(List.of(binding(r)));
                    } catch (RuntimeException rowError) {
                        throw located(r, rowError);
                    }
                }
                throw new SourceException(table.path(), rows.get(0).line(), 0, "mapping " + mapping.shownPath()
                    + " failed on the rows from this line on: " + CsvTable.rootMessage(e), e);
            }
            rows.clear();
        }

        private void construct(List<Binding> data) {
            Query q = query.cloneQuery();
            ElementGroup where = new ElementGroup();
            where.addElement(new ElementData(vars, data));
            if (q.getQueryPattern() instanceof ElementGroup g) g.getElements().forEach(where::addElement);
            else if (q.getQueryPattern() != null) where.addElement(q.getQueryPattern());
            q.setQueryPattern(where);
            Graph batchOut = GraphFactory.createDefaultGraph();
            Iterator<Triple> triples = QueryExec.dataset(context).query(q).context(cxt).build().constructTriples();
            while (triples.hasNext()) batchOut.add(triples.next());
            // only a whole batch lands: a failure above leaves nothing behind
            batchOut.find().forEachRemaining(t -> {
                if (t.getPredicate().equals(ROW_MARK)) {
                    origins.accept(t.getSubject(), new Origin(table.path(), Long.parseLong(t.getObject().getLiteralLexicalForm())));
                } else {
                    out.add(t);
                }
            });
        }

        private Binding binding(Row row) {
            BindingBuilder b = BindingBuilder.create();
            int i = 0;
            for (var cell : row.cells().entrySet()) {
                String v = cell.getValue() == null ? "" : cell.getValue().strip();
                if (!v.isEmpty()) b.add(vars.get(i), NodeFactory.createLiteralString(v));
                i++;
            }
            b.add(Var.alloc("_line"), NodeFactory.createLiteralDT(Long.toString(row.line()), XSDDatatype.XSDinteger));
            b.add(Var.alloc("_table"), tablePath);
            b.add(Var.alloc("_rowid"), NodeFactory.createLiteralString(rowId(row)));
            return b.build();
        }

        private void checkRequired(Row row) {
            int col = 0;
            for (var cell : row.cells().entrySet()) {
                col++;
                if (mapping.required().contains(cell.getKey()) && (cell.getValue() == null || cell.getValue().isBlank())) {
                    throw new SourceException(table.path(), row.line(), col, "required cell '" + cell.getKey() + "' is empty");
                }
            }
        }

        private SourceException located(Row row, RuntimeException e) {
            ValueException ve = find(e);
            if (ve == null) {
                return new SourceException(table.path(), row.line(), 0, "mapping " + mapping.shownPath() + " failed on this row: "
                    + CsvTable.rootMessage(e), e);
            }
            String column = row.columnNameOf(ve.value());
            return new SourceException(table.path(), row.line(), row.columnOf(ve.value()),
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
