package fi.tyoverkko.build;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One object for each distinct RDF term the build keeps. The loaders make a new node every time
 * a term is written (a query result, a parsed row), so at 9 M triples the build held about 9 M
 * IRI nodes and their strings for some 1.1 M distinct terms: two fifths of its memory.
 */
final class NodeInterner {
    private final Map<Node, Node> nodes = new HashMap<>();

    Triple intern(Triple t) {
        Node s = intern(t.getSubject()), p = intern(t.getPredicate()), o = intern(t.getObject());
        return s == t.getSubject() && p == t.getPredicate() && o == t.getObject() ? t : Triple.create(s, p, o);
    }

    Node intern(Node n) {
        Node known = nodes.putIfAbsent(n, n);
        return known == null ? n : known;
    }
}
