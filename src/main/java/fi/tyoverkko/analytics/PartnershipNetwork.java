package fi.tyoverkko.analytics;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The organisation–project network read from memberships ({@code org:member} of
 * {@code org:organization}), and its projection onto organisations: two organisations are
 * linked when they take part in the same project, weighted by how many projects they share.
 * Vertices are organisation IRIs, kept in IRI order so that every computation is repeatable.
 */
public final class PartnershipNetwork {
    static final Node MEMBER = NodeFactory.createURI(TV.ORG + "member");
    static final Node ORGANIZATION = NodeFactory.createURI(TV.ORG + "organization");
    static final Node START = NodeFactory.createURI(TV.SCHEMA + "startDate");
    static final Node END = NodeFactory.createURI(TV.SCHEMA + "endDate");

    /** Projects of each organisation, by IRI. */
    private final Map<String, Set<String>> projectsOf = new TreeMap<>();
    /** Years each project ran (empty when its dates are unknown). */
    private final Map<String, Set<Integer>> yearsOf = new TreeMap<>();

    public static PartnershipNetwork of(Graph g) {
        PartnershipNetwork n = new PartnershipNetwork();
        g.find(Node.ANY, MEMBER, Node.ANY).forEachRemaining(t -> {
            Node org = t.getObject();
            g.find(t.getSubject(), ORGANIZATION, Node.ANY).forEachRemaining(p -> {
                if (org.isURI() && p.getObject().isURI()) {
                    n.projectsOf.computeIfAbsent(org.getURI(), k -> new TreeSet<>()).add(p.getObject().getURI());
                    n.yearsOf.computeIfAbsent(p.getObject().getURI(), k -> years(g, p.getObject()));
                }
            });
        });
        return n;
    }

    private static Set<Integer> years(Graph g, Node project) {
        Integer from = year(g, project, START), to = year(g, project, END);
        Set<Integer> ys = new TreeSet<>();
        if (from == null && to == null) return ys;
        int a = from != null ? from : to, b = to != null ? to : from;
        for (int y = a; y <= b && y - a < 100; y++) ys.add(y);
        return ys;
    }

    private static Integer year(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        if (!it.hasNext()) return null;
        String lex = it.next().getObject().getLiteralLexicalForm();
        return lex.length() >= 4 ? Integer.valueOf(lex.substring(0, 4)) : null;
    }

    public Set<String> organisations() { return projectsOf.keySet(); }
    public Set<String> projects() { return yearsOf.keySet(); }
    public Set<String> projectsOf(String org) { return projectsOf.getOrDefault(org, Set.of()); }
    /** Years a project ran (empty when its dates are unknown). */
    Set<Integer> years(String project) { return yearsOf.getOrDefault(project, Set.of()); }

    /** Years in which some project of the network ran. */
    public Set<Integer> years() {
        Set<Integer> all = new TreeSet<>();
        yearsOf.values().forEach(all::addAll);
        return all;
    }

    /**
     * The organisation projection over all projects (year null) or over the projects running in one year.
     * Pairs are counted project by project (the work grows with the sum of squared project sizes, not
     * with the square of the organisations: comparing every pair of organisations took most of a
     * 10 M-triple build). Edges are added in the IRI order of their ends, as the metrics' repeatability needs.
     */
    public SimpleWeightedGraph<String, DefaultWeightedEdge> projection(Integer year) {
        SimpleWeightedGraph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        List<String> orgs = new ArrayList<>();
        for (var e : projectsOf.entrySet()) {
            if (year == null || e.getValue().stream().anyMatch(p -> runsIn(p, year))) orgs.add(e.getKey());
        }
        orgs.sort(Comparator.naturalOrder());
        orgs.forEach(g::addVertex);
        // members of each project that counts, as positions in orgs (ascending, since orgs is walked in order)
        Map<String, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < orgs.size(); i++) {
            for (String p : projectsOf.get(orgs.get(i))) {
                if (runsIn(p, year)) members.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            }
        }
        long n = orgs.size();
        long[] pairs = new long[Math.toIntExact(members.values().stream().mapToLong(m -> (long) m.size() * (m.size() - 1) / 2).sum())];
        int k = 0;
        for (List<Integer> m : members.values()) {
            for (int a = 0; a < m.size(); a++) for (int b = a + 1; b < m.size(); b++) pairs[k++] = m.get(a) * n + m.get(b);
        }
        Arrays.sort(pairs);
        for (int i = 0; i < pairs.length; ) {
            int j = i;
            while (j < pairs.length && pairs[j] == pairs[i]) j++;
            g.setEdgeWeight(g.addEdge(orgs.get((int) (pairs[i] / n)), orgs.get((int) (pairs[i] % n))), j - i);
            i = j;
        }
        return g;
    }

    private boolean runsIn(String project, Integer year) {
        return year == null || yearsOf.get(project).contains(year);
    }
}
