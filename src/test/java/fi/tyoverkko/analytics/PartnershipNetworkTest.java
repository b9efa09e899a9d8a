package fi.tyoverkko.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.Random;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The projection, counted project by project, against the definition: every pair of organisations,
 * linked when they share a project (running in the year), weighted by how many; and its edges in
 * the IRI order of their ends, which keeps community numbering repeatable.
 */
class PartnershipNetworkTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void projectionIsThePairwiseDefinition(long seed) {
        Random r = new Random(seed);
        Graph kb = GraphFactory.createDefaultGraph();
        int orgs = 60, projects = 80;
        Map<String, Set<String>> projectsOf = new TreeMap<>(); // as generated: the test's own record
        Map<String, Set<Integer>> yearsOf = new HashMap<>();
        for (int p = 0; p < projects; p++) {
            Node project = NodeFactory.createURI(TV.id("project", "p" + p));
            int from = 2000 + r.nextInt(10);
            Set<Integer> ys = new TreeSet<>();
            if (r.nextInt(8) > 0) { // some projects have no dates and belong to no year
                int to = from + r.nextInt(4);
                kb.add(project, PartnershipNetwork.START, year(from));
                kb.add(project, PartnershipNetwork.END, year(to));
                for (int y = from; y <= to; y++) ys.add(y);
            }
            yearsOf.put(project.getURI(), ys);
            int size = 1 + (r.nextInt(10) == 0 ? r.nextInt(25) : r.nextInt(5)); // a heavy tail
            for (int m = 0; m < size; m++) {
                Node membership = NodeFactory.createURI(TV.id("membership", "p" + p + "-" + m));
                Node org = NodeFactory.createURI(TV.id("organisation", "o" + r.nextInt(orgs)));
                kb.add(membership, PartnershipNetwork.MEMBER, org);
                kb.add(membership, PartnershipNetwork.ORGANIZATION, project);
                projectsOf.computeIfAbsent(org.getURI(), k -> new TreeSet<>()).add(project.getURI());
            }
        }
        PartnershipNetwork net = PartnershipNetwork.of(kb);
        assertEquals(List.copyOf(projectsOf.keySet()), net.organisations());
        for (String org : projectsOf.keySet()) assertEquals(projectsOf.get(org), net.projectsOf(org), org);
        Set<Integer> allYears = new TreeSet<>();
        yearsOf.forEach((p, ys) -> { if (projectsOf.values().stream().anyMatch(s -> s.contains(p))) allYears.addAll(ys); });
        assertEquals(allYears, net.years());
        List<Integer> years = new ArrayList<>(net.years());
        years.add(null);
        for (Integer year : years) {
            CoPartnerGraph g = net.projection(year);
            Map<String, Integer> weights = new HashMap<>();
            List<String> order = new ArrayList<>();
            g.forEachEdge((a, b, w) -> {
                weights.put(g.organisation(a) + " " + g.organisation(b), w);
                order.add(g.organisation(a) + " " + g.organisation(b));
            });
            int edges = 0;
            List<String> vs = new ArrayList<>(projectsOf.keySet());
            for (int i = 0; i < vs.size(); i++) {
                for (int j = i + 1; j < vs.size(); j++) {
                    long shared = shared(projectsOf, yearsOf, vs.get(i), vs.get(j), year);
                    assertEquals(shared, (long) weights.getOrDefault(vs.get(i) + " " + vs.get(j), 0), vs.get(i) + " " + vs.get(j) + " " + year);
                    if (shared > 0) edges++;
                }
            }
            assertEquals(edges, g.edgeCount());
            assertEquals(edges, order.size());
            String last = "";
            for (String key : order) {
                String[] ends = key.split(" ");
                assertTrue(ends[0].compareTo(ends[1]) < 0 && key.compareTo(last) > 0, key);
                last = key;
            }
            // a vertex's degree and weighted degree are its rows: each edge is in the rows of both ends
            for (int v = 0; v < g.size(); v++) {
                String org = g.organisation(v);
                assertEquals(weights.keySet().stream().filter(k -> List.of(k.split(" ")).contains(org)).count(), g.degree(v), org);
                assertEquals(weights.entrySet().stream().filter(e -> List.of(e.getKey().split(" ")).contains(org)).mapToLong(Map.Entry::getValue).sum(),
                    g.weightedDegree(v), org);
            }
        }
    }

    private static long shared(Map<String, Set<String>> projectsOf, Map<String, Set<Integer>> yearsOf, String a, String b, Integer year) {
        Set<String> theirs = projectsOf.get(b);
        return projectsOf.get(a).stream().filter(theirs::contains)
            .filter(p -> year == null || yearsOf.get(p).contains(year)).count();
    }

    private static Node year(int y) {
        return NodeFactory.createLiteralDT(y + "-01-01", XSDDatatype.XSDdate);
    }
}
