package fi.tyoverkko.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.load.RdfFiles;
import fi.tyoverkko.validate.ShapeValidator;
import fi.tyoverkko.validate.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shapes accept the knowledge base and a valid example, and catch one defect per shape family. */
class ShapesTest {
    static final Path ROOT = TestKnowledgeBase.projectRoot();
    static final Path FIXTURES = ROOT.resolve("src/test/resources/shapes");

    static ShapeValidator validator() {
        return new ShapeValidator(RdfFiles.read(ROOT.resolve("ontology/shapes.ttl"), "ontology/shapes.ttl"));
    }

    /** A fixture plus the vocabularies, which concept-valued properties point into. */
    static Graph withVocabularies(Path fixture) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.read(fixture, fixture.toString()).find().forEachRemaining(g::add);
        try (Stream<Path> s = Files.list(ROOT.resolve("ontology"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".ttl") && !p.endsWith("shapes.ttl") && !p.endsWith("tyoverkko.ttl")).toList()) {
                RdfFiles.read(f, f.toString()).find().forEachRemaining(g::add);
            }
        }
        return g;
    }

    @Test void theWholeKnowledgeBase_conforms() {
        var ds = TestKnowledgeBase.store().dataset();
        Graph all = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.find().forEachRemaining(q -> {
            if (!q.getGraph().getURI().endsWith("/shapes")) all.add(q.asTriple());
        }));
        List<Violation> v = validator().validate(all, null);
        assertTrue(v.isEmpty(), v.toString());
    }

    @Test void theValidExample_conforms() throws IOException {
        List<Violation> v = validator().validate(withVocabularies(FIXTURES.resolve("good.ttl")), null);
        assertEquals(List.of(), v);
    }

    static Stream<Path> brokenExamples() throws IOException {
        try (Stream<Path> s = Files.list(FIXTURES)) {
            return s.filter(p -> p.getFileName().toString().startsWith("broken-")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenExamples")
    void eachBrokenExample_violatesItsShape(Path broken) throws IOException {
        List<Violation> v = validator().validate(withVocabularies(broken), null);
        assertFalse(v.isEmpty(), broken.getFileName() + " passed the shapes");
    }

    /**
     * All broken examples at once (blank nodes renamed apart by the parser): the validation, run in
     * slices side by side and with the SPARQL constraints run once over the whole graph, reports
     * what Jena's one sequential run reports (focus node, path, value and message of each entry;
     * the SPARQL constraints' entries come last, so the lists are compared sorted).
     */
    @Test void slicedValidation_reportsWhatOneSequentialRunReports() throws IOException {
        Graph all = withVocabularies(FIXTURES.resolve("good.ttl"));
        for (Path broken : brokenExamples().toList()) RdfFiles.read(broken, broken.toString()).find().forEachRemaining(all::add);
        Graph shapes = RdfFiles.read(ROOT.resolve("ontology/shapes.ttl"), "ontology/shapes.ttl");
        List<String> expected = new java.util.ArrayList<>();
        int bySparql = 0;
        for (var e : org.apache.jena.shacl.ShaclValidator.get().validate(shapes, all).getEntries()) {
            if (e.severity().equals(org.apache.jena.shacl.validation.Severity.Violation)) {
                expected.add(org.apache.jena.riot.out.NodeFmtLib.strNT(e.focusNode()) + " " + e.resultPath() + " "
                    + (e.value() == null ? null : org.apache.jena.riot.out.NodeFmtLib.strNT(e.value())) + " " + e.message());
                if (org.apache.jena.shacl.vocabulary.SHACL.SPARQLConstraintComponent.equals(e.sourceConstraintComponent())) bySparql++;
            }
        }
        List<String> actual = validator().validate(all, null).stream().map(v -> v.focus() + " " + v.path() + " " + v.value() + " " + v.message()).sorted().toList();
        assertTrue(expected.size() >= 30, "the examples give " + expected.size() + " violations");
        assertTrue(bySparql >= 3, "the examples give " + bySparql + " violations of SPARQL constraints");
        List<String> missing = new java.util.ArrayList<>(expected), extra = new java.util.ArrayList<>(actual);
        actual.forEach(missing::remove);
        expected.forEach(extra::remove);
        assertEquals(expected.stream().sorted().toList(), actual, "Jena's entries not reported: " + missing + "; reported beyond Jena's: " + extra);
    }

    @Test void thereIsABrokenExample_forEveryShapeFamily() throws IOException {
        assertTrue(brokenExamples().count() >= 10, "expected at least 10 broken examples");
    }
}
