package fi.tyoverkko.analytics;

import java.util.ArrayDeque;

/**
 * Metrics of the organisation projection by vertex number, with NetworkX's conventions so that
 * results can be checked against it: degree and weighted degree, betweenness normalised by
 * 2/((n-1)(n-2)), closeness with the Wasserman–Faust correction for disconnected graphs,
 * connected components and a community partition (label propagation with a fixed seed, as
 * JGraphT's). Component and community numbers (from 1) follow the IRI order of their first member.
 */
public record NetworkMetrics(int[] degree, long[] weightedDegree, double[] betweenness, double[] closeness,
                             int[] component, int[] community) {

    public static NetworkMetrics of(CoPartnerGraph g) {
        int n = g.size();
        int[] degree = new int[n];
        long[] weighted = new long[n];
        for (int v = 0; v < n; v++) {
            degree[v] = g.degree(v);
            weighted[v] = g.weightedDegree(v);
        }
        // shared-project counts are tie strengths, not distances: paths are counted unweighted
        PathCentrality paths = PathCentrality.of(g.start, g.neighbour);
        double[] betweenness = new double[n], closeness = new double[n];
        double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0;
        for (int v = 0; v < n; v++) {
            betweenness[v] = paths.betweenness[v] * scale;
            closeness[v] = closeness(paths.distanceSum[v], paths.reachable[v], n);
        }
        int[] labels = LabelPropagation.labels(g, 100, new java.util.Random(42));
        return new NetworkMetrics(degree, weighted, betweenness, closeness, groups(g, null), groups(g, labels));
    }

    /** NetworkX closeness_centrality(wf_improved=True), unweighted, from a vertex's distances to those it reaches. */
    private static double closeness(long total, int reachable, int n) {
        if (total == 0 || n <= 1) return 0.0;
        double c = (reachable - 1.0) / total;
        return c * (reachable - 1.0) / (n - 1.0);
    }

    /**
     * Numbers (1, 2…) of the groups of vertices connected through edges whose ends have the same
     * label (all edges when labels is null: the components), in the order of each group's first vertex.
     */
    private static int[] groups(CoPartnerGraph g, int[] labels) {
        int[] group = new int[g.size()];
        int next = 0;
        ArrayDeque<Integer> frontier = new ArrayDeque<>();
        for (int v = 0; v < g.size(); v++) {
            if (group[v] != 0) continue;
            group[v] = ++next;
            frontier.add(v);
            while (!frontier.isEmpty()) {
                int u = frontier.poll();
                for (int k = g.start[u]; k < g.start[u + 1]; k++) {
                    int w = g.neighbour[k];
                    if (group[w] == 0 && (labels == null || labels[w] == labels[u])) {
                        group[w] = next;
                        frontier.add(w);
                    }
                }
            }
        }
        return group;
    }
}
