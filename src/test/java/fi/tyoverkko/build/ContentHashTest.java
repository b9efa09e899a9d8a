package fi.tyoverkko.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    static final Node S = NodeFactory.createURI("https://example.org/s"), P = NodeFactory.createURI("https://example.org/p");

    static Graph graph(List<Node> objects) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Node o : objects) g.add(Triple.create(S, P, o));
        return g;
    }

    @Test void sameTriplesInAnotherOrder_sameHash() {
        List<Node> objects = List.of(NodeFactory.createLiteralString("a"), NodeFactory.createURI("https://example.org/o"),
            NodeFactory.createLiteralLang("Vates-säätiö", "fi"), NodeFactory.createBlankNode());
        List<Node> reversed = new ArrayList<>(objects);
        java.util.Collections.reverse(reversed);
        assertEquals(ContentHash.of(graph(objects)), ContentHash.of(graph(reversed)));
    }

    @Test void termsThatDifferOnlyInTypeLanguageOrEscaping_hashDifferently() {
        List<Node> terms = List.of(
            NodeFactory.createLiteralString("12"),
            NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
            NodeFactory.createLiteralDT("12", XSDDatatype.XSDdecimal),
            NodeFactory.createLiteralLang("12", "fi"),
            NodeFactory.createLiteralLang("12", "sv"),
            NodeFactory.createURI("12"),
            NodeFactory.createLiteralString("a\" ^^<x>"),
            NodeFactory.createLiteralString("a\\\" ^^<x>"),
            NodeFactory.createLiteralString("line\nbreak"),
            NodeFactory.createLiteralString("line\\nbreak"));
        Set<String> hashes = new HashSet<>();
        for (Node t : terms) hashes.add(ContentHash.of(graph(List.of(t))));
        assertEquals(terms.size(), hashes.size());
        // two triples or one whose text runs them together
        assertNotEquals(ContentHash.of(graph(List.of(NodeFactory.createLiteralString("a"), NodeFactory.createLiteralString("b")))),
            ContentHash.of(graph(List.of(NodeFactory.createLiteralString("a\"\n<https://example.org/s> <https://example.org/p> \"b")))));
    }
}
