package fi.tyoverkko.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;

/** The reference graph holds Finland's regions and municipalities as the reference tables give them. */
class ReferenceDataTest {
    static final String PREFIXES = """
        PREFIX tv: <https://w3id.org/tyoverkko/ontology#>
        PREFIX schema: <http://schema.org/>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX geo: <http://www.opengis.net/ont/geosparql#>
        """;

    static List<QuerySolution> select(String q) {
        var ds = TestKnowledgeBase.store().dataset();
        return Txn.calculateRead(ds, () -> {
            List<QuerySolution> out = new ArrayList<>();
            RowSet rs = QueryExec.dataset(ds).query(PREFIXES + q).select();
            org.apache.jena.query.ResultSet.adapt(rs).forEachRemaining(out::add);
            return out;
        });
    }

    static long number(String q) {
        return select(q).get(0).getLiteral("n").getLong();
    }

    @Test void nineteenRegions_withUniqueCodes_andAhvenanmaa() {
        assertEquals(19, number("SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a tv:Region }"));
        assertEquals(19, number("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?r a tv:Region ; dcterms:identifier ?c }"));
        assertEquals(1, number("SELECT (COUNT(?r) AS ?n) { ?r a tv:Region ; skos:prefLabel \"Ahvenanmaa\"@fi ; skos:prefLabel \"Åland\"@sv }"));
    }

    @Test void threeHundredEightMunicipalities_eachInExactlyOneRegion() {
        assertEquals(308, number("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a tv:Municipality }"));
        assertEquals(308, number("SELECT (COUNT(DISTINCT ?c) AS ?n) { ?m a tv:Municipality ; dcterms:identifier ?c }"));
        assertEquals(0, number("""
            SELECT (COUNT(?m) AS ?n) {
              ?m a tv:Municipality .
              { SELECT ?m (COUNT(DISTINCT ?r) AS ?k) { ?m a tv:Municipality . OPTIONAL { ?m schema:containedInPlace ?r . ?r a tv:Region } } GROUP BY ?m }
              FILTER(?k != 1)
            }"""));
    }

    @Test void regionsLink_toJhsCodes_andNuts2024() {
        var rows = select("""
            SELECT ?jhs ?nuts { ?r a tv:Region ; dcterms:identifier "07" ; skos:exactMatch ?jhs, ?nuts .
              FILTER(STRSTARTS(STR(?jhs), "http://uri.suomi.fi/")) FILTER(STRSTARTS(STR(?nuts), "http://data.europa.eu/nuts/")) }""");
        assertEquals(1, rows.size());
        assertEquals("http://uri.suomi.fi/codelist/jhs/maakunta_1_20240101/code/07", rows.get(0).getResource("jhs").getURI());
        assertEquals("http://data.europa.eu/nuts/code/FI1C6", rows.get(0).getResource("nuts").getURI());
    }

    @Test void municipalities_haveWellbeingCounties_andRegionsHaveGeometry() {
        assertEquals(308, number("SELECT (COUNT(DISTINCT ?m) AS ?n) { ?m a tv:Municipality ; tv:wellbeingCounty ?w . ?w skos:prefLabel ?l }"));
        assertEquals(19, number("SELECT (COUNT(DISTINCT ?r) AS ?n) { ?r a tv:Region ; geo:hasGeometry/geo:asGeoJSON ?g . FILTER(STRSTARTS(STR(?g), \"{\")) }"));
        var lahti = select("SELECT ?region { ?m dcterms:identifier \"398\" ; skos:prefLabel \"Lahti\"@fi ; schema:containedInPlace/skos:prefLabel ?region . FILTER(lang(?region)=\"fi\") }");
        assertEquals("Päijät-Häme", lahti.get(0).getLiteral("region").getString());
        assertTrue(number("SELECT (COUNT(*) AS ?n) { ?m a tv:Municipality ; skos:prefLabel ?sv . FILTER(lang(?sv) = \"sv\") }") > 0);
    }
}
