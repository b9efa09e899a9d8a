package fi.tyoverkko.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The array-based search against JGraphT's betweenness and a plain BFS, on random graphs with several components. */
class PathCentralityTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void sameAsJGraphTAndBreadthFirstSearch(long seed) {
        Random r = new Random(seed);
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        int n = 300 + r.nextInt(300);
        for (int i = 0; i < n; i++) g.addVertex("v" + i);
        // a few dense clusters joined by bridges, and some isolated vertices
        for (int e = 0; e < n * 2; e++) {
            int a = r.nextInt(n - 20), cluster = a / 60, b = cluster * 60 + r.nextInt(60);
            if (r.nextInt(20) == 0) b = r.nextInt(n - 20);
            if (a != b && b < n - 20) g.addEdge("v" + a, "v" + b);
        }
        // the same graph in compressed rows, vertex i being "v" + i
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + g.degreeOf("v" + i);
        int[] adj = new int[start[n]];
        for (int i = 0; i < n; i++) {
            int k = start[i];
            for (String w : Graphs.neighborListOf(g, "v" + i)) adj[k++] = Integer.parseInt(w.substring(1));
        }
        PathCentrality c = PathCentrality.of(start, adj);
        Map<String, Double> expected = new BetweennessCentrality<>(g, false).getScores();
        for (int i = 0; i < n; i++) {
            String v = "v" + i;
            assertEquals(expected.get(v), c.betweenness[i], 1e-6 * Math.max(1, expected.get(v)), v);
            Map<String, Integer> dist = bfs(g, v);
            assertEquals(dist.size(), c.reachable[i], v);
            assertEquals(dist.values().stream().mapToLong(Integer::longValue).sum(), c.distanceSum[i], v);
        }
    }

    private static Map<String, Integer> bfs(Graph<String, DefaultEdge> g, String s) {
        Map<String, Integer> dist = new HashMap<>(Map.of(s, 0));
        ArrayDeque<String> q = new ArrayDeque<>(java.util.List.of(s));
        while (!q.isEmpty()) {
            String v = q.poll();
            for (String w : Graphs.neighborListOf(g, v)) if (dist.putIfAbsent(w, dist.get(v) + 1) == null) q.add(w);
        }
        return dist;
    }
}
