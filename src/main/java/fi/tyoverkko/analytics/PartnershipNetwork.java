package fi.tyoverkko.analytics;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The organisation–project network read from memberships ({@code org:member} of
 * {@code org:organization}), and its projection onto organisations ({@link CoPartnerGraph}): two
 * organisations are linked when they take part in the same project, weighted by how many projects
 * they share. Organisations and projects are numbered in IRI order, so that every computation is
 * repeatable, and held as numbers: an organisation's projects as an int array, a project's years as
 * its first and last.
 */
public final class PartnershipNetwork {
    static final Node MEMBER = NodeFactory.createURI(TV.ORG + "member");
    static final Node ORGANIZATION = NodeFactory.createURI(TV.ORG + "organization");
    static final Node START = NodeFactory.createURI(TV.SCHEMA + "startDate");
    static final Node END = NodeFactory.createURI(TV.SCHEMA + "endDate");
    /** A project ran at most this many years from its start (a typo in a date must not make a thousand years). */
    private static final int MAX_YEARS = 100;

    private final List<String> organisations, projects;
    /** By organisation: its projects, ascending. */
    private final int[][] projectsOf;
    /** By project: the first and last year it ran (last < first: its dates are unknown). */
    private final int[] firstYear, lastYear;

    private PartnershipNetwork(List<String> organisations, List<String> projects, int[][] projectsOf, int[] firstYear, int[] lastYear) {
        this.organisations = organisations;
        this.projects = projects;
        this.projectsOf = projectsOf;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    public static PartnershipNetwork of(Graph g) {
        Map<String, Integer> orgIds = new HashMap<>(), projectIds = new HashMap<>();
        List<String> orgIris = new ArrayList<>(), projectIris = new ArrayList<>();
        java.util.stream.LongStream.Builder found = java.util.stream.LongStream.builder(); // (org, project) by first-seen numbers
        g.find(Node.ANY, MEMBER, Node.ANY).forEachRemaining(t -> {
            Node org = t.getObject();
            g.find(t.getSubject(), ORGANIZATION, Node.ANY).forEachRemaining(p -> {
                if (org.isURI() && p.getObject().isURI()) {
                    int o = orgIds.computeIfAbsent(org.getURI(), k -> { orgIris.add(k); return orgIris.size() - 1; });
                    int q = projectIds.computeIfAbsent(p.getObject().getURI(), k -> { projectIris.add(k); return projectIris.size() - 1; });
                    found.add((long) o << 32 | q);
                }
            });
        });
        long[] memberships = found.build().sorted().distinct().toArray();
        // renumber in IRI order
        int[] orgRank = ranks(orgIris), projectRank = ranks(projectIris);
        List<String> orgs = inRankOrder(orgIris, orgRank), projects = inRankOrder(projectIris, projectRank);
        int[] count = new int[orgs.size()];
        for (long m : memberships) count[orgRank[(int) (m >>> 32)]]++;
        int[][] projectsOf = new int[orgs.size()][];
        for (int o = 0; o < orgs.size(); o++) projectsOf[o] = new int[count[o]];
        Arrays.fill(count, 0);
        for (long m : memberships) {
            int o = orgRank[(int) (m >>> 32)];
            projectsOf[o][count[o]++] = projectRank[(int) m];
        }
        for (int[] ps : projectsOf) Arrays.sort(ps);
        int[] first = new int[projects.size()], last = new int[projects.size()];
        for (int p = 0; p < projects.size(); p++) {
            Node project = NodeFactory.createURI(projects.get(p));
            Integer from = year(g, project, START), to = year(g, project, END);
            if (from == null && to == null) {
                first[p] = 1;
                last[p] = 0;
            } else {
                first[p] = from != null ? from : to;
                last[p] = Math.min(to != null ? to : from, first[p] + MAX_YEARS - 1);
            }
        }
        return new PartnershipNetwork(orgs, projects, projectsOf, first, last);
    }

    private static Integer year(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext()) return null;
        String lex = it.next().getObject().getLiteralLexicalForm();
        return lex.length() >= 4 ? Integer.valueOf(lex.substring(0, 4)) : null;
    }

    /** For each string by first-seen number: its position in IRI order. */
    private static int[] ranks(List<String> iris) {
        Integer[] order = new Integer[iris.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> iris.get(a).compareTo(iris.get(b)));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) rank[order[r]] = r;
        return rank;
    }

    /** The strings in IRI order, placed by their ranks (sorted once, in {@link #ranks}). */
    private static List<String> inRankOrder(List<String> iris, int[] rank) {
        String[] out = new String[iris.size()];
        for (int i = 0; i < out.length; i++) out[rank[i]] = iris.get(i);
        return List.of(out);
    }

    /** Organisations, in IRI order. */
    public List<String> organisations() { return organisations; }

    /** Projects, in IRI order. */
    public List<String> projects() { return projects; }

    /** The projects of organisation number o (its position in {@link #organisations}). */
    public int projectCount(int o) { return projectsOf[o].length; }

    /** The IRIs of an organisation's projects. */
    public Set<String> projectsOf(String org) {
        int o = java.util.Collections.binarySearch(organisations, org);
        Set<String> out = new TreeSet<>();
        if (o >= 0) for (int p : projectsOf[o]) out.add(projects.get(p));
        return out;
    }

    /** Years in which some project of the network ran. */
    public Set<Integer> years() {
        Set<Integer> all = new TreeSet<>();
        for (int p = 0; p < projects.size(); p++) for (int y = firstYear[p]; y <= lastYear[p]; y++) all.add(y);
        return all;
    }

    /**
     * The organisation projection over all projects (year null) or over the projects running in one
     * year. Pairs are counted project by project (the work grows with the sum of squared project
     * sizes, not with the square of the organisations: comparing every pair of organisations took
     * most of a 10 M-triple build), as longs (a * n + b), sorted, so that equal pairs are adjacent
     * and each vertex's neighbours come out ascending.
     */
    public CoPartnerGraph projection(Integer year) {
        // the organisations with a project that counts, and their numbers in this projection
        int[] local = new int[organisations.size()];
        List<String> vertices = new ArrayList<>();
        for (int o = 0; o < organisations.size(); o++) {
            local[o] = -1;
            for (int p : projectsOf[o]) {
                if (runsIn(p, year)) {
                    local[o] = vertices.size();
                    vertices.add(organisations.get(o));
                    break;
                }
            }
        }
        // members of each project that counts, ascending (organisations are walked in order), in compressed rows
        int[] memberStart = new int[projects.size() + 1];
        for (int o = 0; o < organisations.size(); o++) if (local[o] >= 0) for (int p : projectsOf[o]) if (runsIn(p, year)) memberStart[p + 1]++;
        for (int p = 0; p < projects.size(); p++) memberStart[p + 1] += memberStart[p];
        int[] members = new int[memberStart[projects.size()]], fill = Arrays.copyOf(memberStart, projects.size());
        for (int o = 0; o < organisations.size(); o++) if (local[o] >= 0) for (int p : projectsOf[o]) if (runsIn(p, year)) members[fill[p]++] = local[o];
        long n = vertices.size(), pairCount = 0;
        for (int p = 0; p < projects.size(); p++) {
            long m = memberStart[p + 1] - memberStart[p];
            pairCount += m * (m - 1) / 2;
        }
        long[] pairs = new long[Math.toIntExact(pairCount)];
        int k = 0;
        for (int p = 0; p < projects.size(); p++) {
            for (int a = memberStart[p]; a < memberStart[p + 1]; a++)
                for (int b = a + 1; b < memberStart[p + 1]; b++) pairs[k++] = members[a] * n + members[b];
        }
        members = null;
        Arrays.sort(pairs);
        // distinct pairs with their counts, in place
        int distinct = 0;
        int[] counts = new int[pairs.length];
        for (int i = 0; i < pairs.length; ) {
            int j = i;
            while (j < pairs.length && pairs[j] == pairs[i]) j++;
            pairs[distinct] = pairs[i];
            counts[distinct++] = j - i;
            i = j;
        }
        int[] start = new int[(int) n + 1];
        for (int i = 0; i < distinct; i++) {
            start[(int) (pairs[i] / n) + 1]++;
            start[(int) (pairs[i] % n) + 1]++;
        }
        for (int v = 0; v < n; v++) start[v + 1] += start[v];
        int[] neighbour = new int[start[(int) n]], weight = new int[neighbour.length], next = Arrays.copyOf(start, (int) n);
        // pairs ascending: a's neighbours b come in ascending order, and so do b's neighbours a
        for (int i = 0; i < distinct; i++) {
            int a = (int) (pairs[i] / n), b = (int) (pairs[i] % n);
            neighbour[next[a]] = b;
            weight[next[a]++] = counts[i];
            neighbour[next[b]] = a;
            weight[next[b]++] = counts[i];
        }
        return new CoPartnerGraph(List.copyOf(vertices), start, neighbour, weight);
    }

    private boolean runsIn(int project, Integer year) {
        return year == null || (firstYear[project] <= year && year <= lastYear[project]);
    }
}
