package fi.tyoverkko.build;

import java.util.Arrays;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A finished graph that is not part of the {@link UnionGraph} (the shapes), kept as a plain
 * array of its triples, without indexes: the build only reads it whole (to write it, hash it and
 * count it). A pattern is answered by a scan.
 */
final class FrozenGraph extends GraphBase {
    private final Triple[] triples;

    private FrozenGraph(Triple[] triples) {
        this.triples = triples;
    }

    /** The triples of {@code g} as they are now; changes to {@code g} afterwards are not seen. */
    static FrozenGraph of(Graph g) {
        return g instanceof FrozenGraph f ? f : new FrozenGraph(g.find().toList().toArray(new Triple[0]));
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        ExtendedIterator<Triple> all = WrappedIterator.create(Arrays.asList(triples).iterator());
        Node s = pattern.getSubject(), p = pattern.getPredicate(), o = pattern.getObject();
        if (!s.isConcrete() && !p.isConcrete() && !o.isConcrete()) return all;
        // term equality, as the indexed in-memory graph: Triple.matches would take "01"^^xsd:integer for "1"
        return all.filterKeep(t -> same(s, t.getSubject()) && same(p, t.getPredicate()) && same(o, t.getObject()));
    }

    private static boolean same(Node pattern, Node term) {
        return !pattern.isConcrete() || pattern.equals(term);
    }

    @Override
    protected int graphBaseSize() {
        return triples.length;
    }
}
