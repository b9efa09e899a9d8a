package fi.tyoverkko.curated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.query.CatalogueExecutor;
import fi.tyoverkko.query.QueryCatalogue;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue query, run against the seed knowledge base, answers what the curated tables
 * say; the expected answers are computed here from the tables, not copied from query output.
 */
class CatalogueQueriesTest {
    static QueryCatalogue catalogue;

    @BeforeAll static void load() {
        catalogue = QueryCatalogue.load(TestKnowledgeBase.projectRoot().resolve("queries"), TestKnowledgeBase.projectRoot());
    }

    static List<Binding> run(String name, Map<String, String> params) {
        return CatalogueExecutor.run(catalogue.get(name), params, TestKnowledgeBase.store().searchable(), 30_000).rows();
    }

    static String str(Binding b, String var) {
        var n = b.get(Var.alloc(var));
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.getURI();
    }

    @Test void everyQueryOfTheCatalogue_runsWithItsDefaults() {
        Map<String, Map<String, String>> required = Map.of(
            "co-partners", Map.of("organisation", "vates-saatio"),
            "project-card", Map.of("project", "kehittamisen-koordinaatiohanke"),
            "regions-without-events", Map.of("project", "kehittamisen-koordinaatiohanke"),
            "region-municipalities", Map.of("region", "12"),
            "fact-sources", Map.of("resource", "https://w3id.org/tyoverkko/id/organisation/vates-saatio"),
            "search", Map.of("q", "säätiö"));
        // the seed documents agree with the curated tables, so document-conflicts rightly has no rows here;
        // DocumentGraphsTest makes a disagreement and checks that it is listed
        Set<String> emptyOnTheSeeds = Set.of("document-conflicts");
        for (var q : catalogue.all()) {
            if (emptyOnTheSeeds.contains(q.name())) continue;
            var rows = run(q.name(), required.getOrDefault(q.name(), Map.of()));
            assertTrue(!rows.isEmpty(), q.name() + " gave no rows");
        }
    }

    @Test void networkQuery_hasEveryMembershipOfTheTable_andFiltersByProgramme() {
        Map<String, String> orgNames = Tables.organisationNames();
        Set<String> expected = new TreeSet<>();
        for (var m : Tables.read("data/curated/memberships.csv")) {
            expected.add(m.get("project") + " | " + orgNames.getOrDefault(m.get("organisation"), m.get("organisation")) + " | " + m.get("role"));
        }
        Set<String> got = new TreeSet<>();
        for (Binding b : run("network", Map.of())) got.add(str(b, "projectName") + " | " + str(b, "organisationName") + " | " + str(b, "role"));
        assertEquals(expected, got);

        Map<String, String> programmeOf = new HashMap<>();
        for (var p : Tables.read("data/curated/projects.csv")) if (!p.get("programme").isEmpty()) programmeOf.put(p.get("name"), p.get("programme"));
        Set<String> esrPlus = new TreeSet<>();
        for (String row : expected) if ("ESR+".equals(programmeOf.get(row.split(" \\| ")[0]))) esrPlus.add(row);
        Set<String> gotEsrPlus = new TreeSet<>();
        for (Binding b : run("network", Map.of("programme", "ESR+"))) gotEsrPlus.add(str(b, "projectName") + " | " + str(b, "organisationName") + " | " + str(b, "role"));
        assertTrue(!esrPlus.isEmpty());
        assertEquals(esrPlus, gotEsrPlus);
    }

    @Test void regionsQuery_countsPartnersProjectsAndEvents_asTheTablesSay() {
        Map<String, String> regionOf = Tables.regionOfMunicipality();
        Map<String, String> regionCode = Tables.regionCodes();
        Map<String, String> names = Tables.organisationNames();
        Set<String> members = new HashSet<>();
        Tables.read("data/curated/memberships.csv").forEach(r -> members.add(names.get(r.get("organisation"))));
        Map<String, Set<String>> partners = new TreeMap<>(), projects = new TreeMap<>(), events = new TreeMap<>();
        for (var r : Tables.read("data/curated/organisations.csv")) {
            String region = regionOf.get(r.get("municipality"));
            if (region != null && members.contains(r.get("name"))) partners.computeIfAbsent(region, k -> new TreeSet<>()).add(r.get("name"));
        }
        for (var r : Tables.read("data/curated/projects.csv")) {
            for (String area : r.get("areas_served").split("\\|")) {
                String region = regionCode.containsKey(area) ? regionCode.get(area) : regionOf.get(area);
                if (region != null) projects.computeIfAbsent(region, k -> new TreeSet<>()).add(r.get("name"));
            }
        }
        for (var r : Tables.read("data/curated/events.csv")) {
            String region = regionOf.get(Tables.baseName(r.get("municipality")));
            if (region != null) events.computeIfAbsent(region, k -> new TreeSet<>()).add(r.get("name") + r.get("date"));
        }
        var rows = run("regions-partners", Map.of());
        assertEquals(19, rows.size());
        for (Binding b : rows) {
            String code = str(b, "code");
            assertEquals(partners.getOrDefault(code, Set.of()).size(), Integer.parseInt(str(b, "partners")), "partners in " + code);
            assertEquals(projects.getOrDefault(code, Set.of()).size(), Integer.parseInt(str(b, "projects")), "projects in " + code);
            assertEquals(events.getOrDefault(code, Set.of()).size(), Integer.parseInt(str(b, "events")), "events in " + code);
        }
    }

    @Test void coPartnersOfVates_areThoseSharingProjects_inTheTables() {
        Map<String, String> names = Tables.organisationNames();
        Map<String, Set<String>> projectsOf = new HashMap<>();
        for (var r : Tables.read("data/curated/memberships.csv")) {
            projectsOf.computeIfAbsent(names.get(r.get("organisation")), k -> new HashSet<>()).add(r.get("project"));
        }
        Set<String> vates = projectsOf.get("Vates-säätiö");
        Map<String, Integer> expected = new TreeMap<>();
        projectsOf.forEach((org, ps) -> {
            if (org.equals("Vates-säätiö")) return;
            long shared = ps.stream().filter(vates::contains).count();
            if (shared >= 2) expected.put(org, (int) shared);
        });
        Map<String, Integer> actual = new TreeMap<>();
        for (Binding b : run("co-partners", Map.of("organisation", "vates-saatio", "min_shared", "2"))) {
            actual.put(str(b, "name"), Integer.parseInt(str(b, "shared")));
        }
        assertEquals(expected, actual);
    }

    @Test void regionsWithoutEvents_ofKeko2018_areTheRestOfTheNineteen() {
        Map<String, String> regionOf = Tables.regionOfMunicipality();
        Set<String> with = new TreeSet<>();
        for (var r : Tables.read("data/curated/events.csv")) {
            boolean keko = r.get("project").equals("Kehittämisen koordinaatiohanke");
            boolean in2018 = r.get("source").equals("keko-esitys-2018") || r.get("date").endsWith("2018");
            String region = regionOf.get(Tables.baseName(r.get("municipality")));
            if (keko && in2018 && region != null) with.add(region);
        }
        var rows = run("regions-without-events", Map.of("project", "kehittamisen-koordinaatiohanke", "year", "2018"));
        assertEquals(19 - with.size(), rows.size());
        for (Binding b : rows) assertTrue(!with.contains(str(b, "code")), str(b, "code"));
    }

    @Test void projectCard_namesTheCoordinator_andPartnerShares() {
        var rows = run("project-card", Map.of("project", "yhteiskunnallisten-yritysten-liiketoimintaedellytysten-parantaminen"));
        String coordinator = null;
        BigDecimal vatesShare = null;
        for (Binding b : rows) {
            if ("coordinator".equals(str(b, "aspect"))) coordinator = str(b, "label");
            if ("partner".equals(str(b, "aspect")) && "Vates-säätiö".equals(str(b, "label")) && str(b, "amount") != null) vatesShare = new BigDecimal(str(b, "amount"));
        }
        for (var r : Tables.read("data/curated/memberships.csv")) {
            if (r.get("project").equals("Yhteiskunnallisten yritysten liiketoimintaedellytysten parantaminen") && r.get("role").equals("coordinator")) {
                assertEquals(r.get("organisation"), coordinator);
            }
            if (!r.get("budget_total").isBlank() && r.get("project").startsWith("Yhteiskunnallisten yritysten liiketoiminta")) {
                assertEquals(0, new BigDecimal(r.get("budget_total").replace(" ", "")).compareTo(vatesShare));
            }
        }
    }

    @Test void funding_sumsTheEuAmounts_ofTheTables() {
        BigDecimal expected = BigDecimal.ZERO;
        for (var r : Tables.read("data/curated/funding.csv")) {
            if (!r.get("amount_eu").isBlank()) expected = expected.add(new BigDecimal(r.get("amount_eu").replace(" ", "")));
        }
        BigDecimal actual = BigDecimal.ZERO;
        for (Binding b : run("funding", Map.of())) if (str(b, "euEur") != null) actual = actual.add(new BigDecimal(str(b, "euEur")));
        assertEquals(0, expected.compareTo(actual), expected + " vs " + actual);
    }

    @Test void timeline_andStatistics_coverTheTables() {
        Set<String> projects = new HashSet<>();
        Tables.read("data/curated/projects.csv").forEach(r -> projects.add(r.get("name")));
        long projectRows = run("timeline", Map.of()).stream().filter(b -> "project".equals(str(b, "kind"))).map(b -> str(b, "item")).distinct().count();
        assertEquals(projects.size(), projectRows);
        assertEquals(Tables.read("data/curated/statistics.csv").size(), run("municipal-statistics", Map.of()).size());
    }

    @Test void factSources_ofVates_areTheSourcesOfItsRows() {
        Set<String> expected = new TreeSet<>();
        for (var r : Tables.read("data/curated/organisations.csv")) {
            if (r.get("name").equals("Vates-säätiö")) expected.add("https://w3id.org/tyoverkko/id/source/" + r.get("source"));
        }
        Set<String> actual = new TreeSet<>();
        for (Binding b : run("fact-sources", Map.of("resource", "https://w3id.org/tyoverkko/id/organisation/vates-saatio"))) {
            if (str(b, "graph").endsWith("/organisations")) actual.add(str(b, "source"));
        }
        assertEquals(expected, actual);
    }

    @Test void conflicts_listTheRecordedOnes_andTheWrongRegion() {
        var rows = run("conflicts", Map.of());
        assertTrue(rows.size() >= Tables.read("data/curated/conflicts.csv").size() + 1, "rows: " + rows.size());
        assertTrue(rows.stream().anyMatch(b -> "Pohjois-Savo".equals(str(b, "valueB")) && "region".equals(str(b, "aspect"))));
    }

    @Test void search_findsInflectedAndCompoundNames() {
        var saatio = run("search", Map.of("q", "säätiön"));
        assertTrue(saatio.stream().anyMatch(b -> "Vates-säätiö".equals(str(b, "label"))), "säätiön → Vates-säätiö");
        var kierratys = run("search", Map.of("q", "Kierrätyskeskus"));
        assertTrue(kierratys.stream().anyMatch(b -> "Pääkaupunkiseudun Kierrätyskeskus Oy".equals(str(b, "label"))));
    }

    /**
     * The answer has no score, but its rows come best match first: each row's Lucene score, asked
     * of the text index directly, is no higher than the row before it.
     */
    @Test void search_givesTheBestMatchesFirst() {
        var ds = TestKnowledgeBase.store().searchable();
        Map<String, Double> score = new HashMap<>();
        org.apache.jena.system.Txn.executeRead(ds, () -> org.apache.jena.sparql.exec.QueryExec.dataset(ds)
            .query("PREFIX text: <http://jena.apache.org/text#> SELECT ?resource ?match (MAX(?s) AS ?score) "
                + "{ (?resource ?s ?match) text:query (\"säätiö\" 100) } GROUP BY ?resource ?match")
            .select().forEachRemaining(b -> score.put(str(b, "resource") + " " + str(b, "match"), Double.parseDouble(str(b, "score")))));
        var rows = run("search", Map.of("q", "säätiö", "limit", "100"));
        List<Double> inOrder = rows.stream().map(b -> score.get(str(b, "resource") + " " + str(b, "match"))).toList();
        assertTrue(!inOrder.contains(null), "every row is a hit of the index: " + inOrder);
        assertTrue(new HashSet<>(inOrder).size() > 2, "scores to order by: " + inOrder);
        for (int i = 1; i < inOrder.size(); i++) assertTrue(inOrder.get(i) <= inOrder.get(i - 1), "row " + i + ": " + inOrder);
    }
}
