package fi.tyoverkko.validate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.engine.Target;
import org.apache.jena.shacl.engine.TargetType;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The focus nodes of a shape, each once, as Jena's {@link VLib#focusNodes} gives them, but walked
 * rather than collected: a class target (the instances of a class or of its subclasses, the
 * largest targets, which grow with the data) is read from the data graph as it is needed, so the
 * heap validation takes does not grow with the instances. Other targets (nodes named in the
 * shape, subjects or objects of a property) are collected as Jena does. A node that an earlier
 * target of the same shape gave is skipped ({@link VLib#isFocusNode}), as Jena's set would.
 */
final class FocusNodes {
    private FocusNodes() {}

    static Iterator<Node> of(Graph data, Shape shape) {
        List<Target> targets = new ArrayList<>(shape.getTargets());
        Iterator<Node> all = Iter.nullIterator();
        for (int k = 0; k < targets.size(); k++) {
            List<Target> earlier = targets.subList(0, k);
            all = Iter.concat(all, Iter.filter(of(data, targets.get(k)), n -> earlier.stream().noneMatch(t -> VLib.isFocusNode(t, n, data))));
        }
        return all;
    }

    private static Iterator<Node> of(Graph data, Target target) {
        TargetType type = target.getTargetType();
        if (type != TargetType.targetClass && type != TargetType.implicitClass) return VLib.focusNodes(data, target).iterator();
        List<Node> classes = List.copyOf(withSubclasses(data, target.getObject()));
        Iterator<Node> all = Iter.nullIterator();
        for (int k = 0; k < classes.size(); k++) {
            List<Node> earlier = classes.subList(0, k);
            Node c = classes.get(k);
            // an instance of two of the classes is given once, under the first
            all = Iter.concat(all, Iter.filter(data.find(Node.ANY, RDF.type.asNode(), c).mapWith(Triple::getSubject),
                s -> earlier.stream().noneMatch(e -> data.contains(s, RDF.type.asNode(), e))));
        }
        return all;
    }

    /** The class and every class below it through rdfs:subClassOf in the data: a few. */
    private static Set<Node> withSubclasses(Graph data, Node c) {
        Set<Node> all = new LinkedHashSet<>(List.of(c));
        List<Node> todo = new ArrayList<>(all);
        while (!todo.isEmpty()) {
            Node next = todo.remove(todo.size() - 1);
            data.find(Node.ANY, RDFS.subClassOf.asNode(), next).forEachRemaining(t -> {
                if (all.add(t.getSubject())) todo.add(t.getSubject());
            });
        }
        return all;
    }
}
