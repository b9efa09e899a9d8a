package fi.tyoverkko.analytics;

import java.util.List;

/**
 * The organisation projection as numbers: vertices 0, 1… are organisations in IRI order, and the
 * neighbours of each, ascending, with the number of projects shared, are in compressed rows
 * (those of v are {@code neighbour[start[v]] .. neighbour[start[v + 1] - 1]}). Three ints an edge
 * end, where a JGraphT graph of IRIs took some 300 bytes an edge: at 9 M triples the projection
 * was the largest thing the build held.
 */
public final class CoPartnerGraph {
    private final List<String> organisations;
    final int[] start, neighbour, weight;

    CoPartnerGraph(List<String> organisations, int[] start, int[] neighbour, int[] weight) {
        this.organisations = organisations;
        this.start = start;
        this.neighbour = neighbour;
        this.weight = weight;
    }

    /** Organisations (vertices). */
    public int size() { return organisations.size(); }

    /** The IRI of vertex v. */
    public String organisation(int v) { return organisations.get(v); }

    public int degree(int v) { return start[v + 1] - start[v]; }

    /** The projects v shares with its partners, summed over them. */
    public long weightedDegree(int v) {
        long sum = 0;
        for (int k = start[v]; k < start[v + 1]; k++) sum += weight[k];
        return sum;
    }

    /** Edges (pairs of partners). */
    public int edgeCount() { return neighbour.length / 2; }

    /** Each edge once, as (smaller vertex, larger vertex, shared projects), in that order. */
    public void forEachEdge(EdgeVisitor visit) {
        for (int v = 0; v < size(); v++) {
            for (int k = start[v]; k < start[v + 1]; k++) if (neighbour[k] > v) visit.edge(v, neighbour[k], weight[k]);
        }
    }

    public interface EdgeVisitor { void edge(int a, int b, int sharedProjects); }
}
