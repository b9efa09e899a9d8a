package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * What the knowledge base says about one resource, gathered from every visible named graph:
 * its own statements (with the blank nodes they lead to), the statements that point to it, the
 * evidence behind it (tv:evidence nodes with their quotes and sources), and the labels and types
 * of every resource mentioned, so that a page or a client can show names instead of IRIs.
 */
public record ResourceDescription(Node subject, Graph graph, List<Quad> outbound, List<Quad> inbound,
                                  List<Node> evidence, boolean inboundCut,
                                  Map<Node, List<Node>> propertyLabels) {

    /** Inbound statements beyond this are left out (a class or a concept can have thousands). */
    public static final int MAX_INBOUND = 500;
    static final Node EVIDENCE = TV.term("evidence");
    static final Set<Node> LABELS = Set.of(uri(TV.SKOS + "prefLabel"), RDFS.label.asNode(), uri(TV.SCHEMA + "name"),
        uri(TV.DCTERMS + "title"));

    public boolean exists() { return !outbound.isEmpty() || !inbound.isEmpty(); }

    /** Reads the description in one read transaction; {@code hidden} says which graphs the reader may not see. */
    public static ResourceDescription of(DatasetGraph dsg, Node s, Predicate<Node> hidden) {
        return Txn.calculateRead(dsg, () -> {
            Graph g = GraphFactory.createDefaultGraph();
            List<Quad> out = new ArrayList<>();
            List<Quad> in = new ArrayList<>();
            List<Node> evidence = new ArrayList<>();
            Set<Node> mentioned = new HashSet<>();
            Deque<Node> todo = new ArrayDeque<>(List.of(s));
            Set<Node> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Node n = todo.pop();
                if (!seen.add(n)) continue;
                for (var it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.isDefaultGraph() || hidden.test(q.getGraph())) continue;
                    g.add(q.asTriple());
                    if (n.equals(s)) out.add(q);
                    Node o = q.getObject();
                    if (o.isBlank()) todo.push(o);
                    else if (o.isURI()) mentioned.add(o);
                    if (n.equals(s) && q.getPredicate().equals(EVIDENCE) && !evidence.contains(o)) {
                        evidence.add(o);
                        todo.push(o);
                    }
                }
            }
            boolean cut = false;
            for (var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, s); it.hasNext(); ) {
                Quad q = it.next();
                if (q.isDefaultGraph() || hidden.test(q.getGraph())) continue;
                if (in.size() >= MAX_INBOUND) { cut = true; break; }
                in.add(q);
                g.add(q.asTriple());
                mentioned.add(q.getSubject());
            }
            // linking nodes (memberships, roles) are named by what they link: bring those links and their names
            Set<Node> linked = new HashSet<>();
            for (Node m : mentioned) {
                if (!m.isURI() || m.equals(s)) continue;
                for (var it = dsg.find(Node.ANY, m, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.isDefaultGraph() || hidden.test(q.getGraph())) continue;
                    if (Labels.LINKING.contains(q.getPredicate()) || q.getPredicate().equals(Labels.ROLE)) {
                        g.add(q.asTriple());
                        linked.add(q.getObject());
                    }
                }
            }
            mentioned.addAll(linked);
            for (Node m : mentioned) {
                if (!m.isURI() || m.equals(s)) continue;
                for (var it = dsg.find(Node.ANY, m, Node.ANY, Node.ANY); it.hasNext(); ) {
                    Quad q = it.next();
                    if (q.isDefaultGraph() || hidden.test(q.getGraph())) continue;
                    if (LABELS.contains(q.getPredicate()) || q.getPredicate().equals(RDF.type.asNode())) g.add(q.asTriple());
                }
            }
            // names of the properties, for people (kept out of the graph: they are the ontology's, not the resource's)
            Map<Node, List<Node>> propertyLabels = new HashMap<>();
            Set<Node> predicates = new HashSet<>();
            g.find().forEachRemaining(t -> predicates.add(t.getPredicate()));
            for (Node p : predicates) {
                List<Node> labels = new ArrayList<>();
                dsg.find(Node.ANY, p, RDFS.label.asNode(), Node.ANY).forEachRemaining(q -> labels.add(q.getObject()));
                if (!labels.isEmpty()) propertyLabels.put(p, labels);
            }
            return new ResourceDescription(s, g, out, in, evidence, cut, propertyLabels);
        });
    }

    private static Node uri(String s) { return NodeFactory.createURI(s); }
}
