package fi.tyoverkko.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.load.RdfFiles;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryFactory;
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
}
