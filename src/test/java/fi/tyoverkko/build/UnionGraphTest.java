package fi.tyoverkko.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
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

/** The build's compact union and its slices must read exactly as Jena's in-memory graphs holding the same triples. */
class UnionGraphTest {
    private static final List<Node> TERMS = new ArrayList<>(List.of(
        NodeFactory.createBlankNode("b0"),
        NodeFactory.createLiteralLang("Vates-säätiö", "fi"), NodeFactory.createLiteralLang("Vates-säätiö", "sv"),
        NodeFactory.createLiteralDT("1", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("01", XSDDatatype.XSDinteger),
        NodeFactory.createLiteralString("1"), NodeFactory.createLiteralDT("1", XSDDatatype.XSDdecimal)));
    static {
        for (int i = 0; i < 12; i++) TERMS.add(0, NodeFactory.createURI("https://example.org/t" + i));
    }
    private static final Node ABSENT = NodeFactory.createURI("https://example.org/not-in-any-triple");

    @Test void everyPattern_findsWhatTheInMemoryGraphFinds_andEachSliceReadsAsItsGraph() {
        Random random = new Random(11);
        UnionGraph union = new UnionGraph();
        Graph expected = GraphFactory.createDefaultGraph();
        List<Graph> made = new ArrayList<>();
        List<Graph> slices = new ArrayList<>();
        union.remember(ABSENT); // a known term in no triple finds nothing
        for (int g = 0; g < 5; g++) {
            Graph one = GraphFactory.createDefaultGraph(); // graphs overlap: a triple may be in several
            for (int i = 0; i < 300; i++) one.add(Triple.create(pick(random, 13), pick(random, 6), pick(random, TERMS.size())));
            made.add(one);
            slices.add(union.addAll(one));
            one.find().forEachRemaining(expected::add);
        }
        assertEquals(expected.size(), union.size());
        assertTrue(union.size() < 5 * 300, "the graphs share triples, which the union keeps once");
        List<Node> subjects = withAny(TERMS), predicates = withAny(TERMS.subList(0, 6));
        subjects.add(ABSENT);
        for (Node s : subjects) for (Node p : predicates) for (Node o : subjects) {
            assertEquals(Set.copyOf(expected.find(s, p, o).toList()), Set.copyOf(union.find(s, p, o).toList()), s + " " + p + " " + o);
            assertEquals(expected.contains(s, p, o), union.contains(s, p, o), s + " " + p + " " + o);
        }
        for (int g = 0; g < made.size(); g++) {
            Graph one = made.get(g), slice = slices.get(g);
            assertEquals(one.size(), slice.size());
            for (Node s : subjects) for (Node o : subjects) {
                assertEquals(Set.copyOf(one.find(s, Node.ANY, o).toList()), Set.copyOf(slice.find(s, Node.ANY, o).toList()));
            }
        }
        assertEquals(union.size(), union.find().toList().size(), "each triple is read once");
    }

    @Test void aSlice_readsTheSameAfterTheUnionGrewPastItsChunks() {
        UnionGraph union = new UnionGraph();
        Graph first = graph(0, 1_000);
        Graph slice = union.addAll(first);
        Set<Triple> before = Set.copyOf(slice.find().toList());
        Graph more = graph(0, 150_000); // > 2 chunks of triples and of terms; the first 1000 again
        Graph moreSlice = union.addAll(more);
        assertEquals(before, Set.copyOf(slice.find().toList()));
        assertEquals(Set.copyOf(first.find().toList()), before);
        assertEquals(more.size(), moreSlice.size());
        assertEquals(150_000, union.size());
        Node s = NodeFactory.createURI("https://example.org/s/149999");
        assertEquals(more.find(s, Node.ANY, Node.ANY).toList(), union.find(s, Node.ANY, Node.ANY).toList());
        Node p = NodeFactory.createURI("https://example.org/p/3");
        assertEquals(Set.copyOf(more.find(Node.ANY, p, Node.ANY).toList()), Set.copyOf(union.find(Node.ANY, p, Node.ANY).toList()));
    }

    @Test void numbering_givesEachTermOneNumber_andTellsApartTermsWithTheSameValue() {
        UnionGraph union = new UnionGraph();
        Set<Integer> numbers = new HashSet<>();
        for (Node n : TERMS) numbers.add(union.remember(n));
        assertEquals(TERMS.size(), numbers.size()); // "1"/"01"/1.0 and @fi/@sv stay different terms
        for (Node n : TERMS) {
            Node copy = n.isBlank() ? NodeFactory.createBlankNode(n.getBlankNodeLabel())
                : n.isURI() ? NodeFactory.createURI(n.getURI())
                : NodeFactory.createLiteral(n.getLiteralLexicalForm(), n.getLiteralLanguage(), n.getLiteralDatatype());
            assertNotSame(n, copy);
            assertEquals(union.remember(n), union.remember(copy), n.toString());
        }
        assertEquals(0, union.size(), "numbering adds no triple");
    }

    @Test void termsReadBack_areTheTermsAdded_pastTheCacheOfRecentOnes() {
        UnionGraph union = new UnionGraph();
        Graph g = GraphFactory.createDefaultGraph();
        Node p = NodeFactory.createURI("https://example.org/p");
        List<Node> odd = List.of(NodeFactory.createLiteralLang("Åbo – Turku 🌲", "sv"), NodeFactory.createLiteralString(""),
            NodeFactory.createLiteralDT("not a number", XSDDatatype.XSDinteger), NodeFactory.createLiteralDT("2024", XSDDatatype.XSDgYear),
            NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"), NodeFactory.createBlankNode("b1"),
            NodeFactory.createTripleTerm(TERMS.get(0), TERMS.get(1), TERMS.get(2)), NodeFactory.createURI("urn:x-" + "a".repeat(1000)));
        for (int i = 0; i < 140_000; i++) { // more terms than the cache holds: most are read back from their bytes
            g.add(Triple.create(NodeFactory.createURI("https://example.org/s/" + i), p, odd.get(i % odd.size())));
            g.add(Triple.create(NodeFactory.createURI("https://example.org/s/" + i), p, NodeFactory.createLiteralDT(i + ".5", XSDDatatype.XSDdecimal)));
        }
        Graph slice = union.addAll(g);
        Set<Triple> added = Set.copyOf(g.find().toList());
        for (Graph read : List.of(union, slice)) {
            List<Triple> differ = read.find().filterDrop(added::contains).toList();
            assertEquals(List.of(), differ.subList(0, Math.min(3, differ.size())), "read back but not added");
            assertEquals(added.size(), read.size());
        }
        for (Node o : odd) assertEquals(g.find(Node.ANY, p, o).toList().size(), union.find(Node.ANY, p, o).toList().size(), o.toString());
    }

    @Test void parts_goIntoTheUnionAsAdded_findOnlyTheirOwnTriples_andJoinEachTripleOnce() {
        Random random = new Random(5);
        UnionGraph union = new UnionGraph();
        List<Graph> expected = new ArrayList<>();
        List<UnionGraph.Part> parts = new ArrayList<>();
        for (int g = 0; g < 3; g++) {
            Graph one = GraphFactory.createDefaultGraph(); // parts overlap, and a part may be given a triple twice
            UnionGraph.Part part = union.newPart();
            for (int i = 0; i < 300; i++) {
                Triple t = Triple.create(pick(random, 13), pick(random, 6), pick(random, TERMS.size()));
                one.add(t);
                part.add(t);
                part.add(t);
            }
            assertThrows(IllegalStateException.class, union::newPart, "one part at a time");
            part.done();
            assertThrows(IllegalStateException.class, () -> part.add(Triple.create(TERMS.get(0), TERMS.get(1), TERMS.get(2))), "a part done takes no more");
            expected.add(one);
            parts.add(part);
        }
        assertEquals(Set.copyOf(union.find().toList()), Set.copyOf(expected.stream().flatMap(e -> e.find().toList().stream()).toList()));
        List<Node> subjects = withAny(TERMS), predicates = withAny(TERMS.subList(0, 6));
        for (int g = 0; g < parts.size(); g++) {
            Graph one = expected.get(g), part = parts.get(g);
            assertEquals(one.size(), part.size());
            for (Node s : subjects) for (Node p : predicates) for (Node o : subjects) {
                assertEquals(Set.copyOf(one.find(s, p, o).toList()), Set.copyOf(part.find(s, p, o).toList()), g + ": " + s + " " + p + " " + o);
            }
            assertEquals(Set.copyOf(one.find().toList()), Set.copyOf(union.join(List.of(parts.get(g))).find().toList()));
        }
        Graph both = GraphFactory.createDefaultGraph();
        expected.get(0).find().forEachRemaining(both::add);
        expected.get(2).find().forEachRemaining(both::add);
        Graph joined = union.join(List.of(parts.get(0), parts.get(2)));
        assertEquals(both.size(), joined.size(), "a triple of two parts of one graph is in it once");
        assertEquals(Set.copyOf(both.find().toList()), Set.copyOf(joined.find().toList()));
    }

    @Test void triplesKeptBeside_readAsTheirGraph_withTheUnionsTerms_butAreNotInTheUnion() {
        UnionGraph union = new UnionGraph();
        Graph inUnion = graph(0, 10);
        union.addAll(inUnion);
        Graph derived = GraphFactory.createDefaultGraph();
        for (int i = 0; i < 70_000; i++) { // past a chunk; a new node object for every use of a term, as the analytics make them
            derived.add(Triple.create(NodeFactory.createURI("https://example.org/s/" + i % 20), NodeFactory.createURI("https://example.org/p/degree"),
                NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
        }
        Graph beside = union.keepBeside(out -> {
            derived.find().forEachRemaining(out::add);
            derived.find().forEachRemaining(out::add); // a triple added twice is kept once
            for (Triple t : inUnion.find().toList()) out.add(t); // also one in the union: kept beside too
        });
        inUnion.find().forEachRemaining(derived::add);
        assertEquals(Set.copyOf(derived.find().toList()), Set.copyOf(beside.find().toList()));
        assertEquals(derived.size(), beside.size());
        Graph second = union.keepBeside(out -> out.add(Triple.create(TERMS.get(0), TERMS.get(1), TERMS.get(2))));
        assertEquals(1, second.size(), "a second graph kept beside is its own slice");
        assertEquals(Set.copyOf(derived.find().toList()), Set.copyOf(beside.find().toList()));
        assertEquals(inUnion.size(), union.size(), "not counted in the union");
        Node degree = NodeFactory.createURI("https://example.org/p/degree");
        assertTrue(union.find(Node.ANY, degree, Node.ANY).toList().isEmpty(), "not found in the union");
        assertEquals(Set.copyOf(inUnion.find().toList()), Set.copyOf(union.find().toList()));
        Node s1 = NodeFactory.createURI("https://example.org/s/1");
        assertEquals(derived.find(s1, Node.ANY, Node.ANY).toList().size(), beside.find(s1, Node.ANY, Node.ANY).toList().size());
        for (Triple t : beside.find(s1, degree, Node.ANY).toList()) {
            assertEquals(s1, t.getSubject());
            assertEquals(degree, t.getPredicate());
        }
        var numbered = (fi.tyoverkko.store.NumberedTriples) beside;
        Set<Triple> all = Set.copyOf(derived.find().toList());
        for (int i = 0; i < numbered.tripleCount(); i++) {
            Node s = numbered.node(numbered.term(i, 0)), p = numbered.node(numbered.term(i, 1)), o = numbered.node(numbered.term(i, 2));
            assertTrue(all.contains(Triple.create(s, p, o)));
            assertEquals(union.remember(s), numbered.term(i, 0), "numbered as the union numbers its terms");
        }
        assertEquals(union.remember(s1), union.remember(NodeFactory.createURI("https://example.org/s/1")), "the union's terms, numbered once");
        assertSame(((fi.tyoverkko.store.NumberedTriples) beside).numbering(), ((fi.tyoverkko.store.NumberedTriples) union.addAll(graph(10, 11))).numbering(),
            "the writer sees one numbering");
    }

    @Test void theUnion_refusesChangesFromOutside() {
        UnionGraph union = new UnionGraph();
        assertThrows(AddDeniedException.class, () -> union.add(Triple.create(TERMS.get(0), TERMS.get(0), TERMS.get(0))));
    }

    /** Triples (s/i, p/(i mod 7), "i"^^xsd:integer) for i in [from, to). */
    private static Graph graph(int from, int to) {
        Graph g = GraphFactory.createDefaultGraph();
        for (int i = from; i < to; i++) {
            g.add(Triple.create(NodeFactory.createURI("https://example.org/s/" + i), NodeFactory.createURI("https://example.org/p/" + i % 7),
                NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger)));
        }
        return g;
    }

    private static Node pick(Random random, int bound) { return TERMS.get(random.nextInt(bound)); }

    private static List<Node> withAny(List<Node> terms) {
        List<Node> all = new ArrayList<>(terms);
        all.add(Node.ANY);
        return all;
    }
}
