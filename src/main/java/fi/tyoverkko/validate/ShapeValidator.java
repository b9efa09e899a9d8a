package fi.tyoverkko.validate;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.riot.out.NodeFmtLib;

/** Runs the SHACL shapes over a graph and reports violations with their place in the input. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(shapesGraph);
    }

    /**
     * Violations of severity Violation; {@code locate} turns (focus node, offending value)
     * into "file:line:col" or returns null when it does not know.
     */
    public List<Violation> validate(Graph data, Locator locate) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            if (!e.severity().equals(Severity.Violation)) continue;
            String loc = locate == null ? null : locate.locate(e.focusNode(), e.value());
            out.add(new Violation(loc == null ? "(built data)" : loc, fmt(e.focusNode()),
                e.resultPath() == null ? null : e.resultPath().toString(),
                e.value() == null ? null : fmt(e.value()), e.message()));
        }
        return out;
    }

    /** Maps a focus node and an offending value to a place in the input. */
    public interface Locator { String locate(Node focus, Node value); }

    private static String fmt(Node n) { return NodeFmtLib.strNT(n); }

}
