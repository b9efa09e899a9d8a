package fi.tyoverkko.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Label propagation (Raghavan, Albert and Kumara 2007) step for step as JGraphT 1.5's
 * LabelPropagationClustering does it, on vertex numbers: the same shuffles, the same ties broken
 * by the same random draws in the same order (labels counted in a HashMap of their decimal
 * strings, as there), so the communities are the ones JGraphT finds, without a JGraphT graph.
 */
final class LabelPropagation {
    private LabelPropagation() {}

    /** The final label of each vertex; neighbours are visited in the order of {@code g}'s rows, as JGraphT visits a vertex's edges. */
    static int[] labels(CoPartnerGraph g, int maxIterations, Random rng) {
        int n = g.size();
        int[] label = new int[n];
        String[] text = new String[n];
        for (int v = 0; v < n; v++) {
            label[v] = v;
            text[v] = String.valueOf(v);
        }
        List<Integer> order = new ArrayList<>(n);
        for (int iteration = 0; maxIterations <= 0 || iteration <= maxIterations; iteration++) {
            order.clear();
            for (int v = 0; v < n; v++) order.add(v);
            Collections.shuffle(order, rng);
            boolean anyChange = false;
            for (int v : order) anyChange |= update(g, v, label, text, rng);
            if (!anyChange || settled(g, label, text)) break;
        }
        return label;
    }

    /** Counts of the neighbours' labels, in JGraphT's map; the largest count of a label other than v's in [0]. */
    private static Map<String, Integer> counts(CoPartnerGraph g, int v, int[] label, String[] text, int[] maxOther) {
        Map<String, Integer> counts = new HashMap<>();
        int max = 0;
        for (int k = g.start[v]; k < g.start[v + 1]; k++) {
            int u = g.neighbour[k];
            int c = counts.getOrDefault(text[label[u]], 0) + 1;
            counts.put(text[label[u]], c);
            if (c > max && label[u] != label[v]) max = c;
        }
        maxOther[0] = max;
        return counts;
    }

    private static boolean update(CoPartnerGraph g, int v, int[] label, String[] text, Random rng) {
        if (g.degree(v) == 0) return false;
        int[] maxOther = new int[1];
        Map<String, Integer> counts = counts(g, v, label, text, maxOther);
        int max = Math.max(maxOther[0], counts.getOrDefault(text[label[v]], 0));
        List<String> best = new ArrayList<>();
        for (var e : counts.entrySet()) if (e.getValue() == max) best.add(e.getKey());
        int chosen = Integer.parseInt(best.get(rng.nextInt(best.size())));
        if (chosen == label[v]) return false;
        label[v] = chosen;
        return true;
    }

    /** JGraphT's stopping rule: no vertex has a label other than its own more often among its neighbours. */
    private static boolean settled(CoPartnerGraph g, int[] label, String[] text) {
        int[] maxOther = new int[1];
        for (int v = 0; v < g.size(); v++) {
            Map<String, Integer> counts = counts(g, v, label, text, maxOther);
            if (maxOther[0] > counts.getOrDefault(text[label[v]], 0)) return false;
        }
        return true;
    }
}
