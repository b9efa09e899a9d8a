package fi.tyoverkko.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.load.RdfFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;

/** Which SPARQL constraints may run once over the whole graph: only those whose rows for a focus node are the unbound query's rows for it. */
class WholeGraphSparqlConstraintsTest {
    static boolean once(String where) {
        return WholeGraphSparqlConstraints.runsOnceForAll(QueryFactory.create("PREFIX ex: <https://example.org/> SELECT $this ?value WHERE { " + where + " }"));
    }

    @Test void triplesFiltersAndBinds_withThisInATriple_runOnce() {
        assertTrue(once("$this ex:start ?s ; ex:end ?value . BIND(STR(?s) AS ?x) FILTER(?x > STR(?value))"));
        assertTrue(once("?value ex:organization $this . ?other ex:organization $this . FILTER(?value != ?other)"));
        assertTrue(once("VALUES ?value { ex:a ex:b } $this ?value ?v . FILTER NOT EXISTS { $this ex:type ?value }"));
    }

    /** Where pre-binding $this and filtering the unbound rows may differ, or the query needs what only Jena binds. */
    @Test void otherForms_stayWithJena() {
        assertFalse(once("?value ex:p ?o . FILTER(?o = $this)"), "$this only in a filter");
        assertFalse(once("$this ex:p ?value . OPTIONAL { ?value ex:q $this }"));
        assertFalse(once("$this ex:p ?value . MINUS { $this ex:q ?value }"));
        assertFalse(once("$this ex:p ?value . FILTER NOT EXISTS { $this ex:q ?x } { SELECT ?value WHERE { ?value ex:r ?y } }"));
        assertFalse(once("$this ex:p ?value . GRAPH $shapesGraph { $currentShape ex:q ?value }"));
        assertFalse(once("$this ex:p ?value . ?value ex:q $currentShape"));
        assertFalse(WholeGraphSparqlConstraints.runsOnceForAll(QueryFactory.create(
            "PREFIX ex: <https://example.org/> SELECT $this (COUNT(?v) AS ?value) WHERE { $this ex:p ?v } GROUP BY $this")));
    }

    /** The project's own SPARQL constraints all run once, so validation does not fall back to a query per focus node. */
    @Test void everySparqlConstraintOfTheProjectsShapes_runsOnce() {
        Graph shapes = RdfFiles.read(TestKnowledgeBase.projectRoot().resolve("ontology/shapes.ttl"), "ontology/shapes.ttl");
        int declared = shapes.find(Node.ANY, SHACL.sparql, Node.ANY).toList().size();
        WholeGraphSparqlConstraints w = new WholeGraphSparqlConstraints(shapes);
        assertTrue(declared > 0);
        assertEquals(declared, w.size());
        assertFalse(w.rest.contains(Node.ANY, SHACL.sparql, Node.ANY));
        assertTrue(shapes.contains(Node.ANY, SHACL.sparql, Node.ANY), "the shapes graph itself is left as it was");
    }

    /**
     * A row whose ?this is not a focus node of the shape is not reported (the unbound query sees every
     * node with the pattern): subclass instances and sh:targetNode are focus nodes, others are not.
     */
    @Test void rowsOfNodesOutsideTheShapesTargets_areNotReported() {
        Graph shapes = turtle("""
            @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
            ex:Shape a sh:NodeShape ; sh:targetClass ex:A ; sh:targetNode ex:named ;
              sh:sparql [ sh:message "too big" ; sh:select "PREFIX ex: <https://example.org/> SELECT $this ?value WHERE { $this ex:size ?value . FILTER(?value > 1) }" ] .
            """);
        Graph data = turtle("""
            @prefix ex: <https://example.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            ex:B rdfs:subClassOf ex:A .
            ex:a a ex:A ; ex:size 2 .  ex:b a ex:B ; ex:size 3 .  ex:named ex:size 4 .  ex:small a ex:A ; ex:size 1 .
            ex:other a ex:C ; ex:size 5 .  ex:untyped ex:size 6 .
            """);
        var focus = new ShapeValidator(shapes).validate(data, null).stream().map(Violation::focus).sorted().toList();
        var jena = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data).getEntries().stream()
            .map(e -> org.apache.jena.riot.out.NodeFmtLib.strNT(e.focusNode())).sorted().toList();
        assertEquals(jena, focus);
        assertEquals(3, focus.size(), focus.toString());
    }

    private static Graph turtle(String text) {
        return RDFParser.fromString(text, Lang.TURTLE).toGraph();
    }
}
