package fi.tyoverkko.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * Runs a named query with caller-given parameters: checks them (unknown, missing, wrong type
 * or value: {@link Parameter.Invalid}) before any work, binds them as RDF terms, and runs the
 * query in a read transaction with a timeout.
 */
public final class CatalogueExecutor {
    private CatalogueExecutor() {}

    /** SELECT rows (with their variables) or a CONSTRUCT/DESCRIBE graph, or an ASK answer. */
    public record Result(List<Var> vars, List<Binding> rows, Graph graph, Boolean ask) {
        public RowSet rowSet() { return org.apache.jena.sparql.exec.RowSetStream.create(vars, rows.iterator()); }
    }

    /** Checks the raw values and turns them into bindings, defaults included. */
    public static Map<String, Node> bind(NamedQuery q, Map<String, String> raw) {
        for (String k : raw.keySet()) {
            if (!q.parameters().containsKey(k)) {
                throw new Parameter.Invalid("unknown parameter '" + k + "'"
                    + (q.parameters().isEmpty() ? " (this query takes none)" : " (this query takes: " + String.join(", ", q.parameters().keySet()) + ")"));
            }
        }
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        for (Parameter p : q.parameters().values()) {
            String v = raw.get(p.name());
            if (v == null || v.isBlank()) v = p.defaultValue();
            if (v == null) {
                if (p.required()) throw new Parameter.Invalid("parameter '" + p.name() + "' is required");
                continue;
            }
            out.put(p.name(), p.bind(v));
        }
        return out;
    }

    public static Result run(NamedQuery q, Map<String, String> raw, DatasetGraph dsg, long timeoutMillis) {
        return run(q, raw, dsg, timeoutMillis, null);
    }

    /** With {@code prepare} given, it sees each query execution before it runs (e.g. to hide graphs). */
    public static Result run(NamedQuery q, Map<String, String> raw, DatasetGraph dsg, long timeoutMillis,
                             java.util.function.Consumer<QueryExec> prepare) {
        Map<String, Node> bound = bind(q, raw);
        long start = System.nanoTime();
        try {
            return execute(q, bound, dsg, timeoutMillis, prepare);
        } catch (RuntimeException e) {
            // ARQ can fail with another exception while closing a query it cut at the timeout (a hash
            // join's table not built yet); report that as what it is: a timeout
            if (!(e instanceof org.apache.jena.query.QueryCancelledException) && (System.nanoTime() - start) / 1_000_000 >= timeoutMillis) {
                throw new org.apache.jena.query.QueryCancelledException();
            }
            throw e;
        }
    }

    private static Result execute(NamedQuery q, Map<String, Node> bound, DatasetGraph dsg, long timeoutMillis,
                                  java.util.function.Consumer<QueryExec> prepare) {
        return Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(q.query()).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            bound.forEach((k, v) -> b.substitution("_" + k, v));
            try (QueryExec qe = b.build()) {
                if (prepare != null) prepare.accept(qe);
                return collect(q.query(), qe);
            }
        });
    }

    /** Runs {@code qe} and keeps its whole answer in memory. */
    public static Result collect(org.apache.jena.query.Query query, QueryExec qe) {
        if (query.isSelectType()) {
            RowSet rs = qe.select();
            List<Binding> rows = new ArrayList<>();
            // copy every value now: TDB2 bindings look nodes up lazily, which fails after the transaction
            rs.forEachRemaining(row -> {
                var copy = org.apache.jena.sparql.engine.binding.BindingBuilder.create();
                row.vars().forEachRemaining(v -> copy.add(v, row.get(v)));
                rows.add(copy.build());
            });
            return new Result(rs.getResultVars(), rows, null, null);
        }
        if (query.isAskType()) return new Result(List.of(), List.of(), null, qe.ask());
        Graph g = query.isConstructType() ? qe.construct() : qe.describe();
        return new Result(List.of(), List.of(), g, null);
    }
}
