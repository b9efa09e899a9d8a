package fi.tyoverkko.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.junit.jupiter.api.Test;

/** Walking a shape's focus nodes must give exactly Jena's collected focus nodes, each once. */
class FocusNodesTest {
    private static final String PREFIXES = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
        + "@prefix : <https://example.org/> .\n";

    @Test void classTargets_withSubclassesAndOverlappingTargets_giveJenasFocusNodesOnce() {
        Graph data = graph("""
            :D rdfs:subClassOf :C . :E rdfs:subClassOf :D . :F rdfs:subClassOf :C . :E rdfs:subClassOf :F .
            :a a :C . :b a :D . :c a :E . :d a :C , :D , :E . :e a :F , :E . :f a :G . :g a :G , :C .
            :h :p 1 . :a :p 2 . :i :q :a . :i :q :j .
            """);
        Shapes shapes = Shapes.parse(graph("""
            :OneClass a sh:NodeShape ; sh:targetClass :C .
            :Several a sh:NodeShape ; sh:targetClass :D , :G ; sh:targetNode :a , :z ; sh:targetSubjectsOf :p ; sh:targetObjectsOf :q .
            :G a rdfs:Class , sh:NodeShape .
            """));
        int checked = 0;
        for (Shape shape : shapes.getTargetShapes()) {
            List<Node> walked = new ArrayList<>();
            FocusNodes.of(data, shape).forEachRemaining(walked::add);
            assertEquals(walked.size(), new HashSet<>(walked).size(), shape + ": each once " + walked);
            assertEquals(new HashSet<>(VLib.focusNodes(data, shape)), new HashSet<>(walked), shape.toString());
            checked++;
        }
        assertEquals(3, checked);
        List<Node> one = new ArrayList<>();
        FocusNodes.of(data, shapes.getTargetShapes().stream().filter(s -> s.getShapeNode().getURI().endsWith("OneClass")).findFirst().orElseThrow())
            .forEachRemaining(one::add);
        assertTrue(one.size() >= 6, "the subclasses' instances count: " + one);
    }

    private static Graph graph(String turtle) {
        var m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + turtle), null, "TTL");
        return m.getGraph();
    }
}
