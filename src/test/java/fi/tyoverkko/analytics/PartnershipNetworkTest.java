package fi.tyoverkko.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The projection, counted project by project, against the definition: every pair of organisations,
 * linked when they share a project (running in the year), weighted by how many; and its edges in
 * the IRI order of their ends, which keeps community numbering repeatable.
 */
class PartnershipNetworkTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void projectionIsThePairwiseDefinition(long seed) {
        Random r = new Random(seed);
        Graph kb = GraphFactory.createDefaultGraph();
        int orgs = 60, projects = 80;
        for (int p = 0; p < projects; p++) {
            Node project = NodeFactory.createURI(TV.id("project", "p" + p));
            int from = 2000 + r.nextInt(10);
            if (r.nextInt(8) > 0) { // some projects have no dates and belong to no year
                kb.add(project, PartnershipNetwork.START, year(from));
                kb.add(project, PartnershipNetwork.END, year(from + r.nextInt(4)));
            }
            int size = 1 + (r.nextInt(10) == 0 ? r.nextInt(25) : r.nextInt(5)); // a heavy tail
            for (int m = 0; m < size; m++) {
                Node membership = NodeFactory.createURI(TV.id("membership", "p" + p + "-" + m));
                kb.add(membership, PartnershipNetwork.MEMBER, NodeFactory.createURI(TV.id("organisation", "o" + r.nextInt(orgs))));
                kb.add(membership, PartnershipNetwork.ORGANIZATION, project);
            }
        }
        PartnershipNetwork net = PartnershipNetwork.of(kb);
        List<Integer> years = new ArrayList<>(net.years());
        years.add(null);
        for (Integer year : years) {
            SimpleWeightedGraph<String, DefaultWeightedEdge> g = net.projection(year);
            int edges = 0;
            List<String> vs = new ArrayList<>(net.organisations());
            for (int i = 0; i < vs.size(); i++) {
                for (int j = i + 1; j < vs.size(); j++) {
                    long shared = shared(net, vs.get(i), vs.get(j), year);
                    DefaultWeightedEdge e = g.getEdge(vs.get(i), vs.get(j));
                    assertEquals(shared, e == null ? 0 : (long) g.getEdgeWeight(e), vs.get(i) + " " + vs.get(j) + " " + year);
                    if (shared > 0) edges++;
                }
            }
            assertEquals(edges, g.edgeSet().size());
            String last = "";
            for (DefaultWeightedEdge e : g.edgeSet()) {
                String key = g.getEdgeSource(e) + " " + g.getEdgeTarget(e);
                assertTrue(g.getEdgeSource(e).compareTo(g.getEdgeTarget(e)) < 0 && key.compareTo(last) > 0, key);
                last = key;
            }
        }
    }

    private static long shared(PartnershipNetwork net, String a, String b, Integer year) {
        Set<String> theirs = net.projectsOf(b);
        return net.projectsOf(a).stream().filter(theirs::contains)
            .filter(p -> year == null || net.years(p).contains(year)).count();
    }

    private static Node year(int y) {
        return NodeFactory.createLiteralDT(y + "-01-01", XSDDatatype.XSDdate);
    }
}
