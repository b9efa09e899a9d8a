package fi.tyoverkko.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Components and communities on vertex numbers against JGraphT's ConnectivityInspector and
 * LabelPropagationClustering (seed 42) on the same network as a JGraphT graph of IRIs, as the
 * build computed them before: the same groups, numbered by the IRI order of their first member.
 */
class NetworkMetricsTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void componentsAndCommunities_asJGraphTFindsThem(long seed) {
        Random r = new Random(seed);
        Graph kb = GraphFactory.createDefaultGraph();
        // clusters of organisations (a project's members mostly from one cluster) joined by a few
        // projects across them, some projects of one member, many ties to break
        for (int m = 0; m < 900; m++) {
            int project = r.nextInt(300), cluster = project % 15;
            int org = r.nextInt(12) == 0 ? r.nextInt(400) : cluster * 25 + (int) Math.floor(Math.pow(r.nextDouble(), 2) * 25);
            var membership = NodeFactory.createURI("urn:m:" + m);
            kb.add(membership, PartnershipNetwork.MEMBER, NodeFactory.createURI("https://example.org/o" + org));
            kb.add(membership, PartnershipNetwork.ORGANIZATION, NodeFactory.createURI("https://example.org/p" + project));
        }
        CoPartnerGraph g = PartnershipNetwork.of(kb).projection(null);
        NetworkMetrics m = NetworkMetrics.of(g);

        SimpleWeightedGraph<String, DefaultWeightedEdge> j = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < g.size(); v++) j.addVertex(g.organisation(v));
        g.forEachEdge((a, b, w) -> j.setEdgeWeight(j.addEdge(g.organisation(a), g.organisation(b)), w));
        int[] components = numbered(g, new ConnectivityInspector<>(j).connectedSets());
        int[] communities = numbered(g, new LabelPropagationClustering<>(j, 100, new Random(42)).getClustering().getClusters());

        assertArrayEquals(components, m.component());
        assertArrayEquals(communities, m.community());
        assertTrue(java.util.Arrays.stream(components).max().orElse(0) > 1, "one component only: the test would not see numbering");
        assertTrue(java.util.Arrays.stream(communities).max().orElse(0) > java.util.Arrays.stream(components).max().orElse(0),
            "no component split into communities: the test would not see label propagation");
        for (int v = 0; v < g.size(); v++) {
            String o = g.organisation(v);
            assertEquals(j.degreeOf(o), m.degree()[v], o);
            assertEquals(j.edgesOf(o).stream().mapToDouble(j::getEdgeWeight).sum(), (double) m.weightedDegree()[v], o);
        }
    }

    /** Groups numbered 1, 2… by their smallest IRI, as a vertex-indexed array. */
    private static int[] numbered(CoPartnerGraph g, List<? extends Set<String>> groups) {
        List<Set<String>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(s -> s.stream().min(Comparator.naturalOrder()).orElse("")));
        java.util.Map<String, Integer> number = new java.util.HashMap<>();
        for (int i = 0; i < sorted.size(); i++) for (String v : sorted.get(i)) number.put(v, i + 1);
        int[] out = new int[g.size()];
        for (int v = 0; v < g.size(); v++) out[v] = number.get(g.organisation(v));
        return out;
    }
}
