package fi.tyoverkko.curated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The curated tables cite their sources faithfully, and the knowledge base holds exactly what they state. */
class CuratedTablesTest {
    static final List<String> TABLES = List.of("organisations", "projects", "memberships", "funding", "people", "events", "statistics");

    @Test void everyQuote_occursVerbatimInItsSource() throws IOException {
        Map<String, String> text = new HashMap<>();
        for (var s : Tables.read("data/sources/sources.csv")) {
            String raw = Files.readString(TestKnowledgeBase.projectRoot().resolve("data/sources").resolve(s.get("file")));
            text.put(s.get("id"), raw.replaceAll("\\s+", " "));
        }
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String t : TABLES) {
            for (var row : Tables.read("data/curated/" + t + ".csv")) {
                for (String part : row.get("quote").split(" … ")) {
                    checked++;
                    String src = text.get(row.get("source"));
                    if (src == null || !src.contains(part.replaceAll("\\s+", " ").strip())) missing.add(t + ": " + part);
                }
            }
        }
        assertTrue(missing.isEmpty(), "quotes not in their source: " + missing);
        assertTrue(checked > 150, "checked " + checked);
    }

    static long count(String q) { return TestKnowledgeBase.number(q); }

    @Test void thingsInTheKnowledgeBase_matchTheTables() {
        Set<String> orgs = new HashSet<>(), projects = new HashSet<>(), people = new HashSet<>();
        Tables.read("data/curated/organisations.csv").forEach(r -> orgs.add(r.get("name")));
        Tables.read("data/curated/projects.csv").forEach(r -> projects.add(r.get("name")));
        Tables.read("data/curated/people.csv").forEach(r -> people.add(r.get("name")));
        assertEquals(orgs.size(), count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a tv:Organisation }"));
        assertEquals(projects.size(), count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a tv:Project }"));
        assertEquals(people.size(), count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a tv:Person }"));
        Set<String> events = new HashSet<>();
        Tables.read("data/curated/events.csv").forEach(r -> events.add(r.get("name") + "|" + r.get("date")));
        assertEquals(events.size(), count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a tv:Event }"));
        assertEquals(Tables.read("data/curated/statistics.csv").size(), count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a tv:StatisticObservation }"));
        Map<String, String> names = Tables.organisationNames();
        Set<String> memberships = new HashSet<>();
        for (var r : Tables.read("data/curated/memberships.csv")) {
            memberships.add(r.get("project") + "|" + names.get(r.get("organisation")) + "|" + r.get("role"));
        }
        assertEquals(memberships.size(), count("SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a org:Membership }"));
    }

    @Test void nameVariants_resolveToOneOrganisation() {
        assertEquals(1, count("""
            SELECT (COUNT(DISTINCT ?o) AS ?n) {
              VALUES ?name { "Vates"@fi "Vates-säätiö"@fi "Vates-säätiö sr"@fi }
              ?o a tv:Organisation ; skos:prefLabel|skos:altLabel ?name }"""));
        assertEquals(3, count("""
            SELECT (COUNT(DISTINCT ?name) AS ?n) {
              VALUES ?name { "Vates"@fi "Vates-säätiö"@fi "Vates-säätiö sr"@fi }
              ?o a tv:Organisation ; skos:prefLabel|skos:altLabel ?name }"""));
    }

    @Test void theImplicitYear_comesFromTheDocumentDate() {
        assertEquals(1, count("SELECT (COUNT(?e) AS ?n) { ?e a tv:Event ; tv:dateAsStated \"27.9.\" ; schema:startDate \"2018-09-27\"^^xsd:date }"));
    }
}
