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

    /** The position of a term counts: a triple and its reverse, or a term moved from one triple to another. */
    @Test void theSameTermsInOtherPlaces_hashDifferently() {
        Node a = NodeFactory.createURI("https://example.org/a"), b = NodeFactory.createURI("https://example.org/b");
        Graph forward = GraphFactory.createDefaultGraph(), backward = GraphFactory.createDefaultGraph();
        forward.add(Triple.create(a, P, b));
        backward.add(Triple.create(b, P, a));
        assertNotEquals(ContentHash.of(forward), ContentHash.of(backward));
        Graph one = GraphFactory.createDefaultGraph(), other = GraphFactory.createDefaultGraph();
        one.add(Triple.create(a, P, a));
        one.add(Triple.create(b, P, b));
        other.add(Triple.create(a, P, b));
        other.add(Triple.create(b, P, a));
        assertNotEquals(ContentHash.of(one), ContentHash.of(other));
    }

    /** 200,000 graphs that each differ from a common one by one triple (a changed number, as a build's counts change): no two hashes alike. */
    @Test void graphsThatDifferInOneTriple_allHashDifferently() {
        Graph base = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 50; i++) base.add(Triple.create(NodeFactory.createURI("https://example.org/x" + i), P, NodeFactory.createLiteralString("x" + i)));
        Set<String> hashes = new HashSet<>();
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            Graph g = GraphFactory.createDefaultGraph();
            base.find().forEachRemaining(g::add);
            g.add(Triple.create(S, P, NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
            hashes.add(ContentHash.of(g));
        }
        assertEquals(n, hashes.size());
    }

    @Test void graphsGivenAsTermNumbers_hashAsTheSameTriples_withTheMemoSharedAcrossGraphs() {
        UnionGraph union = new UnionGraph();
        List<Graph> made = new ArrayList<>();
        for (int g = 0; g < 3; g++) { // overlapping graphs: later ones find their terms' hashes kept
            List<Node> objects = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                int k = g * 1_000 + i;
                objects.add(k % 3 == 0 ? NodeFactory.createLiteralLang("nimi " + k, "fi")
                    : k % 3 == 1 ? NodeFactory.createLiteralDT(Integer.toString(k), XSDDatatype.XSDinteger)
                    : NodeFactory.createURI("https://example.org/o/" + k));
            }
            objects.add(NodeFactory.createBlankNode());
            made.add(graph(objects));
        }
        List<Graph> slices = made.stream().map(union::addAll).map(Graph.class::cast).toList();
        try (ContentHash.TermMemo memo = new ContentHash.TermMemo()) {
            for (int g = 0; g < made.size(); g++) {
                assertEquals(ContentHash.of(made.get(g)), ContentHash.of((fi.tyoverkko.store.NumberedTriples) slices.get(g), memo), "graph " + g);
            }
            assertEquals(ContentHash.of(made.get(0)), ContentHash.of((fi.tyoverkko.store.NumberedTriples) slices.get(0), memo), "again, all from the memo");
        }
    }
}
