package fi.tyoverkko.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.AddDeniedException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The build's frozen graphs must read exactly as the in-memory graphs they replace. */
class FrozenGraphTest {
    private static final List<Node> TERMS = List.of(
        NodeFactory.createURI("https://example.org/a"), NodeFactory.createURI("https://example.org/b"),
        NodeFactory.createURI("https://example.org/c"), NodeFactory.createBlankNode("b0"),
        NodeFactory.createLiteralLang("Vates-säätiö", "fi"), NodeFactory.createLiteralLang("Vates-säätiö", "sv"),
        NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralString("1"));

    @Test void everyPattern_findsWhatTheIndexedGraphFinds() {
        Random random = new Random(7);
        Graph indexed = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 400; i++) {
            indexed.add(Triple.create(pick(random, 4), pick(random, 3), pick(random, TERMS.size())));
        }
        Graph frozen = FrozenGraph.of(indexed);
        assertEquals(indexed.size(), frozen.size());
        for (Node s : withAny(TERMS)) for (Node p : withAny(TERMS.subList(0, 3))) for (Node o : withAny(TERMS)) {
            assertEquals(Set.copyOf(indexed.find(s, p, o).toList()), Set.copyOf(frozen.find(s, p, o).toList()), s + " " + p + " " + o);
        }
        assertThrows(AddDeniedException.class, () -> frozen.add(Triple.create(TERMS.get(0), TERMS.get(0), TERMS.get(0))));
    }

    private static Node pick(Random random, int bound) { return TERMS.get(random.nextInt(bound)); }

    private static List<Node> withAny(List<Node> terms) {
        List<Node> all = new java.util.ArrayList<>(terms);
        all.add(Node.ANY);
        return all;
    }
}
