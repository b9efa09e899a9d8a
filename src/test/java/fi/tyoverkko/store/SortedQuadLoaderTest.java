package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.vocab.TV;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bottom-up load must give a database that TDB2 reads exactly as one that Jena's own
 * transactional writes made from the same graphs: the same quads for every pattern of bound and
 * unbound positions (each pattern is answered from a different index), and a node table that later
 * ordinary writes find their terms in.
 */
class SortedQuadLoaderTest {
    @TempDir Path tmp;

    /** Terms of every kind TDB2 stores differently: inline numbers and dates, pointers, odd literals. */
    private static List<Node> terms(Random r) {
        List<Node> t = new ArrayList<>();
        for (int i = 0; i < 3000; i++) t.add(NodeFactory.createURI("urn:x:thing:" + i));
        for (int i = 0; i < 200; i++) t.add(NodeFactory.createBlankNode("b" + i));
        for (int i = 0; i < 500; i++) {
            t.add(NodeFactory.createLiteralLang("nimi " + i, "fi"));
            t.add(NodeFactory.createLiteralLang("nimi " + i, "sv"));
            t.add(NodeFactory.createLiteralString("nimi " + i));
            t.add(NodeFactory.createLiteralDT(Integer.toString(r.nextInt(2000) - 1000), XSDDatatype.XSDinteger));
            t.add(NodeFactory.createLiteralDT(new BigInteger(90, r).toString(), XSDDatatype.XSDinteger)); // too big to inline
            t.add(NodeFactory.createLiteralDT(r.nextDouble() + "e0", XSDDatatype.XSDdouble));
            t.add(NodeFactory.createLiteralDT((r.nextInt(100000) / 100.0) + "", XSDDatatype.XSDdecimal));
            t.add(NodeFactory.createLiteralDT(String.format("%04d-%02d-%02d", 1990 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28)), XSDDatatype.XSDdate));
        }
        t.add(NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean));
        t.add(NodeFactory.createLiteralDT("007", XSDDatatype.XSDinteger)); // not canonical: TDB2 keeps the value
        t.add(NodeFactory.createLiteralString("pitkä teksti ".repeat(400) + "äöå €"));
        t.add(NodeFactory.createLiteralDT("2024-05-01T10:15:00+03:00", XSDDatatype.XSDdateTime));
        return t;
    }

    private static Map<String, Graph> graphs(Random r) {
        List<Node> terms = terms(r), subjects = terms.subList(0, 3200);
        List<Node> predicates = new ArrayList<>();
        for (int i = 0; i < 25; i++) predicates.add(NodeFactory.createURI("urn:x:p" + i));
        Map<String, Graph> graphs = new LinkedHashMap<>();
        for (int g = 0; g < 12; g++) {
            Graph graph = GraphFactory.createDefaultGraph();
            int n = g == 0 ? 1 : 1 + r.nextInt(8000);
            for (int i = 0; i < n; i++)
                graph.add(subjects.get(r.nextInt(subjects.size())), predicates.get(r.nextInt(predicates.size())), terms.get(r.nextInt(terms.size())));
            graphs.put("g" + g, graph);
        }
        graphs.put("shared", graphs.get("g3")); // the same triples in two graphs
        return graphs;
    }

    @Test
    void aBottomUpLoad_readsLikeJenasOwnWrites() {
        Random r = new Random(42);
        readsLikeJenasOwnWrites(r, graphs(r), graphs -> graphs);
    }

    /**
     * Graphs given as term numbers of one shared numbering (as the build's union gives them) load
     * as their triples, also when other graphs with the same terms come as plain graphs. Their
     * find() refuses to answer: the loader must take the numbers.
     */
    @Test
    void numberedGraphs_loadAsTheirTriples_besidePlainGraphsWithTheSameTerms() {
        Random r = new Random(43);
        readsLikeJenasOwnWrites(r, graphs(r), graphs -> {
            Numbering numbering = new Numbering();
            Map<String, Graph> given = new LinkedHashMap<>();
            int i = 0;
            for (var e : graphs.entrySet()) given.put(e.getKey(), i++ % 3 == 2 ? e.getValue() : numbering.of(e.getValue()));
            return given;
        });
    }

    /** Terms numbered in the order first seen, shared by the graphs it numbers. */
    private static final class Numbering {
        private final List<Node> nodes = new ArrayList<>();
        private final Map<Node, Integer> numbers = new java.util.HashMap<>();

        Graph of(Graph g) {
            List<int[]> triples = new ArrayList<>();
            g.find().forEachRemaining(t -> triples.add(new int[] {number(t.getSubject()), number(t.getPredicate()), number(t.getObject())}));
            return new NumberedGraph(this, triples);
        }

        private int number(Node n) {
            return numbers.computeIfAbsent(n, k -> { nodes.add(k); return nodes.size() - 1; });
        }
    }

    private static final class NumberedGraph extends org.apache.jena.graph.impl.GraphBase implements NumberedTriples {
        private final Numbering numbering;
        private final List<int[]> triples;

        NumberedGraph(Numbering numbering, List<int[]> triples) {
            this.numbering = numbering;
            this.triples = triples;
        }

        @Override public Object numbering() { return numbering; }
        @Override public int tripleCount() { return triples.size(); }
        @Override public int term(int i, int role) { return triples.get(i)[role]; }
        @Override public Node node(int number) { return numbering.nodes.get(number); }
        @Override protected int graphBaseSize() { return triples.size(); }

        @Override
        protected org.apache.jena.util.iterator.ExtendedIterator<org.apache.jena.graph.Triple> graphBaseFind(org.apache.jena.graph.Triple pattern) {
            throw new UnsupportedOperationException("read as numbers");
        }
    }

    private void readsLikeJenasOwnWrites(Random r, Map<String, Graph> graphs, java.util.function.UnaryOperator<Map<String, Graph>> given) {
        Graph meta = GraphFactory.createDefaultGraph();
        meta.add(NodeFactory.createURI("urn:x:kb"), NodeFactory.createURI("urn:x:built"), NodeFactory.createLiteralString("now"));

        String referenceDir = tmp.resolve("reference").toString();
        DatasetGraph written = DatabaseMgr.connectDatasetGraph(referenceDir);
        Txn.executeWrite(written, () -> {
            graphs.forEach((name, g) -> g.find().forEachRemaining(t -> written.add(TV.graphNode(name), t.getSubject(), t.getPredicate(), t.getObject())));
            meta.find().forEachRemaining(t -> written.add(TV.graphNode(TV.G_META), t.getSubject(), t.getPredicate(), t.getObject()));
        });
        // read back from disk, not from the node cache of the writes: TDB2 keeps an xsd:integer beyond
        // 64 bits as its long value (ThriftConvert.toThriftValue), so such a term reads back changed
        TDBInternal.expel(written);
        DatasetGraph reference = DatabaseMgr.connectDatasetGraph(referenceDir);

        Path dir = tmp.resolve("loaded");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replace(given.apply(graphs), List.of(), meta); // an empty store: the bulk load
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) { // read back from disk
            DatasetGraph loaded = store.dataset();
            List<Quad> all = Txn.calculateRead(reference, () -> { List<Quad> q = new ArrayList<>(); reference.find().forEachRemaining(q::add); return q; });
            assertTrue(all.size() > 40_000, "enough quads for B+trees of several levels: " + all.size());
            assertEquals(all.size(), (long) Txn.calculateRead(loaded, () -> (long) count(loaded.find())));

            for (int i = 0; i < 300; i++) {
                Quad q = all.get(r.nextInt(all.size()));
                for (int mask = i == 0 ? 0 : 1; mask < 16; mask++) { // the whole store (mask 0) once
                    if (Integer.bitCount(mask) == 1 && i >= 20) continue; // large answers: a few suffice
                    Node g = (mask & 8) != 0 ? q.getGraph() : Node.ANY, s = (mask & 4) != 0 ? q.getSubject() : Node.ANY,
                         p = (mask & 2) != 0 ? q.getPredicate() : Node.ANY, o = (mask & 1) != 0 ? q.getObject() : Node.ANY;
                    assertSame(found(reference, g, s, p, o), found(loaded, g, s, p, o), "find(" + g + ", " + s + ", " + p + ", " + o + ")");
                }
            }
            // terms that are not there are not found, in either store
            Node absent = NodeFactory.createURI("urn:x:absent");
            assertTrue(found(loaded, Node.ANY, absent, Node.ANY, Node.ANY).isEmpty());

            // ordinary writes after the load find the terms already in the node table
            Quad existing = all.get(17);
            Node newSubject = NodeFactory.createURI("urn:x:new");
            long before = Txn.calculateRead(loaded, () -> (long) count(loaded.find()));
            Txn.executeWrite(loaded, () -> {
                loaded.add(existing);
                loaded.add(existing.getGraph(), newSubject, existing.getPredicate(), existing.getObject());
            });
            assertEquals(before + 1, (long) Txn.calculateRead(loaded, () -> (long) count(loaded.find())));
            assertEquals(1, found(loaded, existing.getGraph(), newSubject, existing.getPredicate(), existing.getObject()).size());
        }
    }

    @Test
    void anEmptyLoad_givesAnEmptyStoreWithItsMetaGraph() {
        Graph meta = GraphFactory.createDefaultGraph();
        meta.add(NodeFactory.createURI("urn:x:kb"), NodeFactory.createURI("urn:x:built"), NodeFactory.createLiteralString("now"));
        Path dir = tmp.resolve("empty");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            store.replace(Map.of(), List.of(), meta);
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            DatasetGraph d = store.dataset();
            assertEquals(1, (int) Txn.calculateRead(d, () -> count(d.find())));
            assertFalse(Txn.calculateRead(d, () -> d.getGraph(TV.graphNode(TV.G_META)).isEmpty()));
        }
    }

    @Test
    void tuplesSort_inTheUnsignedOrderOfTdb2Keys() {
        Random r = new Random(7);
        long[] values = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000_0000_0001L, 42};
        LongTuples tuples = new LongTuples(3);
        List<long[]> expected = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            long[] t = {values[r.nextInt(values.length)], r.nextInt(3) == 0 ? r.nextLong() : values[r.nextInt(values.length)], r.nextLong()};
            if (i % 5 == 0) t = expected.isEmpty() ? t : expected.get(r.nextInt(expected.size())).clone(); // repeats
            tuples.add(t);
            expected.add(t);
        }
        expected.sort((a, b) -> Arrays.compareUnsigned(a, b));
        tuples.sort();
        for (int i = 0; i < expected.size(); i++)
            for (int c = 0; c < 3; c++) assertEquals(expected.get(i)[c], tuples.get(i, c), "tuple " + i + " column " + c);

    }

    @Test
    void quadsSort_byTheRanksOfTheirColumnsInTheGivenOrder() {
        Random r = new Random(11);
        int terms = 300;
        int[] rank = new int[terms]; // a shuffled rank, with some terms sharing one
        for (int n = 0; n < terms; n++) rank[n] = r.nextInt(200);
        IntTuples quads = new IntTuples(4);
        List<int[]> expected = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            int[] q = {r.nextInt(5), r.nextInt(terms), r.nextInt(7), r.nextInt(terms)};
            quads.add(q[0], q[1], q[2], q[3]);
            expected.add(q);
        }
        int[] columns = {3, 1, 2, 0}; // e.g. OSPG
        Comparator<int[]> byKey = (a, b) -> {
            for (int c : columns) {
                int x = Integer.compare(rank[a[c]], rank[b[c]]);
                if (x != 0) return x;
            }
            return 0;
        };
        expected.sort(byKey);
        MappedInts ranks = MappedInts.temporary("test");
        for (int i = 0; i < rank.length; i++) ranks.set(i, rank[i]);
        MappedInts order = quads.order(columns, ranks, 200, MappedInts.temporary("test"), MappedInts.temporary("test"), MappedInts.temporary("test"));
        assertEquals(expected.size(), quads.size());
        boolean[] placed = new boolean[quads.size()];
        for (int i = 0; i < quads.size(); i++) {
            int t = order.get(i);
            assertFalse(placed[t], "tuple " + t + " placed twice");
            placed[t] = true;
            int[] got = {quads.get(t, 0), quads.get(t, 1), quads.get(t, 2), quads.get(t, 3)};
            assertEquals(0, byKey.compare(expected.get(i), got), "place " + i);
        }
    }

    /** Equal sets, or a failure that shows a few of the differences rather than both sets whole. */
    private static void assertSame(Set<Quad> expected, Set<Quad> actual, String what) {
        if (expected.equals(actual)) return;
        List<Quad> missing = expected.stream().filter(q -> !actual.contains(q)).limit(3).toList();
        List<Quad> extra = actual.stream().filter(q -> !expected.contains(q)).limit(3).toList();
        throw new AssertionError(what + ": " + expected.size() + " quads expected, " + actual.size() + " found; missing e.g. " + missing + "; unexpected e.g. " + extra);
    }

    private static int count(java.util.Iterator<?> it) {
        int n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }

    private static Set<Quad> found(DatasetGraph d, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(d, () -> {
            Set<Quad> out = new HashSet<>();
            d.find(g, s, p, o).forEachRemaining(out::add);
            return out;
        });
    }
}
