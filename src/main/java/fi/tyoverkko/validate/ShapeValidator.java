package fi.tyoverkko.validate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.riot.out.NodeFmtLib;

/** Runs the SHACL shapes over a graph and reports violations with their place in the input. */
public final class ShapeValidator {
    private final Shapes shapes;
    private final WholeGraphSparqlConstraints sparql;

    public ShapeValidator(Graph shapesGraph) {
        this.sparql = new WholeGraphSparqlConstraints(shapesGraph);
        this.shapes = Shapes.parse(sparql.rest);
    }

    /**
     * Violations of severity Violation; {@code locate} turns (focus node, offending value)
     * into "file:line:col" or returns null when it does not know.
     */
    public List<Violation> validate(Graph data, Locator locate) {
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : entries(data)) {
            if (!e.severity().equals(Severity.Violation)) continue;
            String loc = locate == null ? null : locate.locate(e.focusNode(), e.value());
            out.add(new Violation(loc == null ? "(built data)" : loc, fmt(e.focusNode()),
                e.resultPath() == null ? null : e.resultPath().toString(),
                e.value() == null ? null : fmt(e.value()), e.message()));
        }
        return out;
    }

    /**
     * Jena's plain validation (every target shape, every focus node), shape after shape, with a
     * shape's focus nodes taken {@link #CHUNK} at a time ({@link FocusNodes}: a class target is
     * walked, not collected) and cut into contiguous slices validated side by side, each with its
     * own context, the reports joined in slice order: the entries and their order are those of one
     * sequential run over the nodes in that order. Validation was a tenth of a 10 M-triple build,
     * on one core. All shapes' focus nodes held together were the largest thing on the heap of a
     * 10 M-triple build. The SPARQL constraints that can run once over the whole graph
     * ({@link WholeGraphSparqlConstraints}) run beside the shapes and report after them. The data
     * graph is only read.
     */
    private List<ReportEntry> entries(Graph data) {
        CompletableFuture<List<ReportEntry>> whole = CompletableFuture.supplyAsync(() ->
            IntStream.range(0, sparql.size()).parallel().mapToObj(task -> {
                ValidationContext context = ValidationContext.create(shapes, data);
                sparql.validate(task, context, data);
                return context.generateReport().getEntries();
            }).toList().stream().flatMap(Collection::stream).toList());
        List<ReportEntry> out = new ArrayList<>();
        for (Shape shape : shapes.getTargetShapes()) {
            for (Iterator<Node> walk = FocusNodes.of(data, shape); walk.hasNext(); ) {
                List<Node> focus = new ArrayList<>(CHUNK);
                while (walk.hasNext() && focus.size() < CHUNK) focus.add(walk.next());
                int n = focus.size(), slices = Math.min(SLICES, (n + 255) / 256);
                IntStream.range(0, slices).parallel().mapToObj(task -> {
                    ValidationContext context = ValidationContext.create(shapes, data);
                    for (int i = (int) ((long) n * task / slices); i < (long) n * (task + 1) / slices; i++) {
                        VLib.validateShape(context, data, shape, focus.get(i));
                    }
                    return context.generateReport().getEntries();
                }).toList().forEach(out::addAll);
            }
        }
        try {
            out.addAll(whole.join());
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
        return out;
    }

    /** Focus nodes validated side by side, then the next as many: a bound on what validation holds. */
    private static final int SLICES = 8, CHUNK = 16_384;

    /** Maps a focus node and an offending value to a place in the input. */
    public interface Locator { String locate(Node focus, Node value); }

    private static String fmt(Node n) { return NodeFmtLib.strNT(n); }

}
