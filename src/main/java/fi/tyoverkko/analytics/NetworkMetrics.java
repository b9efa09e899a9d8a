package fi.tyoverkko.analytics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;
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
        // JGraphT counts each unordered pair once for undirected graphs, as NetworkX does
        // shared-project counts are tie strengths, not distances: paths are counted unweighted
        Map<String, Double> raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(g), false).getScores();
        Map<String, Double> betweenness = new TreeMap<>();
        double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0;
        raw.forEach((v, b) -> betweenness.put(v, b * scale));
        Map<String, Double> closeness = new TreeMap<>();
        for (String v : g.vertexSet()) closeness.put(v, closeness(g, v, n));
        return new NetworkMetrics(degree, weighted, betweenness, closeness,
            numbered(new ConnectivityInspector<>(g).connectedSets()),
            numbered(new LabelPropagationClustering<>(g, 100, new Random(42)).getClustering().getClusters()));
    }

    /** NetworkX closeness_centrality(wf_improved=True), unweighted. */
    private static double closeness(Graph<String, DefaultWeightedEdge> g, String source, int n) {
        Map<String, Integer> dist = new HashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>();
        dist.put(source, 0);
        queue.add(source);
        long total = 0;
        while (!queue.isEmpty()) {
            String v = queue.poll();
            for (String w : Graphs.neighborListOf(g, v)) {
                if (!dist.containsKey(w)) {
                    dist.put(w, dist.get(v) + 1);
                    total += dist.get(w);
                    queue.add(w);
                }
            }
        }
        int reachable = dist.size();
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
