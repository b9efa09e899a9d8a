package fi.tyoverkko.analytics;

import java.util.stream.IntStream;

/**
 * Betweenness and closeness of every vertex of an undirected graph, unweighted, from one
 * breadth-first search per vertex (Brandes 2001): the search that counts shortest paths for
 * betweenness also gives the distances that closeness needs. Vertices and edges are held in int
 * arrays because the cost is |V|·|E|, and JGraphT's BetweennessCentrality, which keeps its
 * working state in hash maps, was the largest single cost of building a million-triple knowledge base.
 */
final class PathCentrality {
    /** Unnormalised betweenness (each unordered pair counted once) and the closeness inputs per vertex. */
    final double[] betweenness;
    final long[] distanceSum;
    final int[] reachable;
    private static final int PARTS = 4;

    private PathCentrality(int n) {
        this.betweenness = new double[n];
        this.distanceSum = new long[n];
        this.reachable = new int[n];
    }

    /** Over a graph in compressed rows: the neighbours of v are adj[start[v]] .. adj[start[v+1]-1]. */
    static PathCentrality of(int[] start, int[] adj) {
        int n = start.length - 1;
        PathCentrality c = new PathCentrality(n);
        // sources split in a fixed number of parts that run on the cores there are, each on its own
        // arrays, summed at the end in part order: the same sums, to the last bit, on any machine
        int chunks = PARTS;
        double[][] partial = IntStream.range(0, chunks).parallel().mapToObj(part -> {
            double[] b = new double[n];
            Search s = new Search(n);
            for (int src = part; src < n; src += chunks) s.from(src, start, adj, b, c);
            return b;
        }).toArray(double[][]::new);
        for (double[] b : partial) for (int i = 0; i < n; i++) c.betweenness[i] += b[i] / 2; // each pair was seen from both ends
        return c;
    }

    /** Working arrays for one search at a time; reset only where the last search reached. */
    private static final class Search {
        final int[] dist, order;
        final double[] sigma, delta;

        Search(int n) {
            dist = new int[n];
            order = new int[n];
            sigma = new double[n];
            delta = new double[n];
            java.util.Arrays.fill(dist, -1);
        }

        void from(int s, int[] start, int[] adj, double[] b, PathCentrality out) {
            int head = 0, tail = 0;
            order[tail++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            long total = 0;
            while (head < tail) {
                int v = order[head++];
                for (int k = start[v]; k < start[v + 1]; k++) {
                    int w = adj[k];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        total += dist[w];
                        order[tail++] = w;
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            for (int i = tail - 1; i > 0; i--) {
                int w = order[i];
                for (int k = start[w]; k < start[w + 1]; k++) {
                    int v = adj[k];
                    if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                b[w] += delta[w];
            }
            out.distanceSum[s] = total;
            out.reachable[s] = tail;
            for (int i = 0; i < tail; i++) {
                int v = order[i];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
    }
}
