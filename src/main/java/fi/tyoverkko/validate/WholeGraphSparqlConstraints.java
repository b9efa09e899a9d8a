package fi.tyoverkko.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.SparqlConstraints;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.sparql.path.PathFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * SPARQL-based constraints of node shapes run once over the whole data graph instead of once per
 * focus node. Jena runs a constraint's query for every focus node with {@code $this} pre-bound;
 * at 10 M triples that is some 300,000 queries, and each is planned anew, which made these seven
 * constraints half of the validation time. For a query whose pattern is one group of triple
 * patterns, filters, binds and inline data with {@code $this} in a triple pattern, the rows for a focus node
 * are exactly the rows of the unbound query whose {@code ?this} is that node, so one run gives the
 * same report. Other constraints (property shapes, other query forms, {@code $shapesGraph},
 * {@code $currentShape}, {@code $PATH}, sh:deactivated) stay with Jena.
 */
final class WholeGraphSparqlConstraints {
    private record Taken(Shape shape, SparqlConstraint constraint) {}

    private static final Var THIS = Var.alloc("this"), VALUE = Var.alloc("value"), PATH = Var.alloc("path");
    private final List<Taken> taken;
    /** The shapes graph without the taken constraints, for Jena to validate the rest. */
    final Graph rest;

    WholeGraphSparqlConstraints(Graph shapesGraph) {
        Shapes all = Shapes.parse(shapesGraph);
        Set<Triple> hidden = new HashSet<>();
        taken = new ArrayList<>();
        for (Triple t : shapesGraph.find(Node.ANY, SHACL.sparql, Node.ANY).toList()) {
            Shape shape = all.getShape(t.getSubject());
            if (shape == null || !shape.isNodeShape() || shapesGraph.contains(t.getObject(), SHACL.deactivated, Node.ANY)) continue;
            if (!(SparqlConstraints.parseSparqlConstraint(shapesGraph, t.getSubject(), SHACL.sparql, t.getObject()) instanceof SparqlConstraint c)) continue;
            if (!runsOnceForAll(c.getQuery())) continue;
            taken.add(new Taken(shape, c));
            hidden.add(t);
        }
        rest = without(shapesGraph, hidden);
    }

    /**
     * A view of the graph without some triples. A view, not a copy: a copy lists a shape's
     * messages in another order, and the Finnish message is to stay first where the file has it so.
     */
    private static Graph without(Graph g, Set<Triple> hidden) {
        return new GraphWrapper(g) {
            @Override public ExtendedIterator<Triple> find(Node s, Node p, Node o) { return super.find(s, p, o).filterDrop(hidden::contains); }
            @Override public ExtendedIterator<Triple> find(Triple t) { return super.find(t).filterDrop(hidden::contains); }
            @Override public boolean contains(Triple t) { return contains(t.getSubject(), t.getPredicate(), t.getObject()); }
            @Override public boolean contains(Node s, Node p, Node o) {
                ExtendedIterator<Triple> it = find(s, p, o);
                try { return it.hasNext(); } finally { it.close(); }
            }
        };
    }

    /** A SELECT over one group of triple patterns, filters, binds and VALUES, with ?this in a triple pattern and no other pre-bound variable. */
    static boolean runsOnceForAll(Query q) {
        if (!q.isSelectType() || q.hasGroupBy() || q.hasAggregators() || q.hasLimit() || q.hasOffset() || q.hasValues()) return false;
        if (!(q.getQueryPattern() instanceof ElementGroup group)) return false;
        boolean thisInTriple = false;
        for (Element e : group.getElements()) {
            if (e instanceof ElementPathBlock block) {
                thisInTriple |= block.getPattern().getList().stream().anyMatch(tp -> THIS.equals(tp.getSubject()) || THIS.equals(tp.getObject()));
            } else if (!(e instanceof ElementFilter) && !(e instanceof ElementBind) && !(e instanceof ElementData)) {
                return false;
            }
        }
        String text = q.toString(); // written with ?name for $name too
        return thisInTriple && !text.contains("?shapesGraph") && !text.contains("?currentShape") && !text.contains("?PATH");
    }

    int size() { return taken.size(); }

    /** Runs the i-th taken constraint over the data and reports its rows for the shape's focus nodes, as Jena would. */
    void validate(int i, ValidationContext vCxt, Graph data) {
        Taken t = taken.get(i);
        // a row's ?this is checked against the shape's targets as it comes: the rows are the violations,
        // few, where the set of all focus nodes was 390 k IRIs (60 MB) at 9 M triples
        if (!FocusNodes.of(data, t.shape()).hasNext()) return;
        try (QueryExec qe = QueryExec.graph(data).query(t.constraint().getQuery()).build()) {
            qe.select().forEachRemaining(row -> {
                Node focusNode = row.get(THIS);
                if (focusNode == null || !VLib.isFocusNode(t.shape(), focusNode, data)) return;
                Node value = row.contains(VALUE) ? row.get(VALUE) : focusNode;
                String template = t.constraint().getMessage();
                String msg;
                if (template == null) {
                    msg = "SPARQL SELECT constraint for " + ShLib.displayStr(focusNode) + " returns " + ShLib.displayStr(value);
                } else {
                    msg = template;
                    for (var it = row.vars(); it.hasNext(); ) {
                        Var v = it.next();
                        msg = msg.replace("{?" + v.getVarName() + "}", ShLib.displayStr(row.get(v))).replace("{$" + v.getVarName() + "}", ShLib.displayStr(row.get(v)));
                    }
                }
                Node path = row.get(PATH);
                vCxt.reportEntry(msg, t.shape(), focusNode, path == null ? null : PathFactory.pathLink(path), value, t.constraint(), t.shape().getShapeNode());
            });
        }
    }
}
