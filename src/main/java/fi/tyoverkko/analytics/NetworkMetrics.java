package fi.tyoverkko.analytics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Metrics of the organisation projection, with NetworkX's conventions so that results can be
 * checked against it: degree and weighted degree, betweenness normalised by 2/((n-1)(n-2)),
 * closeness with the Wasserman–Faust correction for disconnected graphs, connected components
 * and a community partition (label propagation with a fixed seed). Component and community
 * numbers follow the IRI order of their first member.
 */
public record NetworkMetrics(Map<String, Integer> degree, Map<String, Double> weightedDegree,
                             Map<String, Double> betweenness, Map<String, Double> closeness,
                             Map<String, Integer> component, Map<String, Integer> community) {

    public static NetworkMetrics of(Graph<String, DefaultWeightedEdge> g) {
        int n = g.vertexSet().size();
        Map<String, Integer> degree = new TreeMap<>();
        Map<String, Double> weighted = new TreeMap<>();
        for (String v : g.vertexSet()) {
            degree.put(v, g.degreeOf(v));
            weighted.put(v, g.edgesOf(v).stream().mapToDouble(g::getEdgeWeight).sum());
        }
        // shared-project counts are tie strengths, not distances: paths are counted unweighted
        PathCentrality paths = PathCentrality.of(g);
        Map<String, Double> betweenness = new TreeMap<>();
        Map<String, Double> closeness = new TreeMap<>();
        double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0;
        for (int i = 0; i < n; i++) {
            String v = paths.vertices.get(i);
            betweenness.put(v, paths.betweenness[i] * scale);
            closeness.put(v, closeness(paths.distanceSum[i], paths.reachable[i], n));
        }
        return new NetworkMetrics(degree, weighted, betweenness, closeness,
            numbered(new ConnectivityInspector<>(g).connectedSets()),
            numbered(new LabelPropagationClustering<>(g, 100, new Random(42)).getClustering().getClusters()));
    }

    /** NetworkX closeness_centrality(wf_improved=True), unweighted, from a vertex's distances to those it reaches. */
    private static double closeness(long total, int reachable, int n) {
        if (total == 0 || n <= 1) return 0.0;
        double c = (reachable - 1.0) / total;
        return c * (reachable - 1.0) / (n - 1.0);
    }

    private static Map<String, Integer> numbered(List<? extends Set<String>> groups) {
        List<Set<String>> sorted = new ArrayList<>(groups);
        sorted.sort(Comparator.comparing(s -> s.stream().min(Comparator.naturalOrder()).orElse("")));
        Map<String, Integer> out = new TreeMap<>();
        for (int i = 0; i < sorted.size(); i++) for (String v : sorted.get(i)) out.put(v, i + 1);
        return out;
    }
}
