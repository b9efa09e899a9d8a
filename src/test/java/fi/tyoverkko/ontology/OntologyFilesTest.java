package fi.tyoverkko.ontology;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.load.RdfFiles;
import fi.tyoverkko.vocab.TV;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Turtle file parses with two independent parsers, and every tv: term in use is declared. */
class OntologyFilesTest {
    static Stream<Path> turtleFiles() throws IOException {
        Path root = TestKnowledgeBase.projectRoot();
        return Stream.of("ontology", "data").flatMap(d -> {
            try {
                return Files.walk(root.resolve(d)).filter(p -> p.toString().endsWith(".ttl")).toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void parsesWithJena_andWithRdf4jRio(Path file) throws IOException {
        Graph jena = RdfFiles.read(file, file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            var model = assertDoesNotThrow(() -> Rio.parse(in, "", RDFFormat.TURTLE));
            assertTrue(model.size() == jena.size(), file + ": RDF4J read " + model.size() + " triples, Jena " + jena.size());
        }
    }

    @Test void theOntologyFiles_exist() {
        for (String f : List.of("tyoverkko.ttl", "shapes.ttl", "roles.ttl", "programmes.ttl", "organisation-types.ttl")) {
            assertTrue(Files.isRegularFile(TestKnowledgeBase.projectRoot().resolve("ontology").resolve(f)), f);
        }
    }

    /** tv: terms the ontology declares: subjects typed as a class or property. */
    static Set<String> declared() {
        Graph g = RdfFiles.read(TestKnowledgeBase.projectRoot().resolve("ontology/tyoverkko.ttl"), "ontology/tyoverkko.ttl");
        Set<String> out = new TreeSet<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(TV.NS)) out.add(t.getSubject().getURI().substring(TV.NS.length()));
        });
        return out;
    }

    @Test void everyTvTermInUse_isDeclared_withFinnishAndEnglishLabels() throws IOException {
        Set<String> used = new TreeSet<>();
        // in the built knowledge base
        var ds = TestKnowledgeBase.store().dataset();
        Txn.executeRead(ds, () -> ds.find().forEachRemaining(q -> {
            for (Node n : new Node[] {q.getPredicate(), q.getObject()}) {
                if (n.isURI() && n.getURI().startsWith(TV.NS)) used.add(n.getURI().substring(TV.NS.length()));
            }
        }));
        // in mappings, queries, shapes and Java (tv:term and TV.term("term"))
        Pattern prefixed = Pattern.compile("\\btv:([A-Za-z][A-Za-z0-9_]*)");
        Pattern javaTerm = Pattern.compile("TV\\.term\\(\"([A-Za-z0-9_]+)\"\\)|TV\\.NS \\+ \"([A-Za-z0-9_]+)\"");
        Path root = TestKnowledgeBase.projectRoot();
        for (String dir : List.of("data/mappings", "queries", "ontology", "src/main/java")) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                for (Path f : s.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(f);
                    Matcher m = prefixed.matcher(text);
                    while (m.find()) used.add(m.group(1));
                    m = javaTerm.matcher(text);
                    while (m.find()) used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(declared());
        assertTrue(missing.isEmpty(), "tv: terms used but not declared in ontology/tyoverkko.ttl: " + missing);
        assertFalse(used.isEmpty());
    }

    @Test void everyDeclaredTerm_hasFinnishAndEnglishLabels_andAComment() {
        Graph g = RdfFiles.read(TestKnowledgeBase.projectRoot().resolve("ontology/tyoverkko.ttl"), "ontology/tyoverkko.ttl");
        Set<String> problems = new TreeSet<>();
        Node label = org.apache.jena.vocabulary.RDFS.label.asNode();
        Node comment = org.apache.jena.vocabulary.RDFS.comment.asNode();
        for (String term : declared()) {
            Node s = TV.term(term);
            boolean fi = g.find(s, label, Node.ANY).toList().stream().anyMatch(t -> "fi".equals(t.getObject().getLiteralLanguage()));
            boolean en = g.find(s, label, Node.ANY).toList().stream().anyMatch(t -> "en".equals(t.getObject().getLiteralLanguage()));
            boolean c = g.contains(s, comment, Node.ANY);
            if (!fi || !en || !c) problems.add(term);
        }
        assertTrue(problems.isEmpty(), "terms without fi+en labels or a comment: " + problems);
    }

    /**
     * The ontology's rdfs:range of each tv: datatype property is what the knowledge base holds: every
     * literal of the property has that datatype or one derived from it (xsd:integer for a decimal range).
     */
    @Test void everyTvLiteral_hasTheDatatypeOfItsPropertysRange() {
        Graph g = RdfFiles.read(TestKnowledgeBase.projectRoot().resolve("ontology/tyoverkko.ttl"), "ontology/tyoverkko.ttl");
        java.util.Map<Node, String> range = new java.util.HashMap<>();
        g.find(Node.ANY, org.apache.jena.vocabulary.RDFS.range.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI() && t.getObject().getURI().startsWith(org.apache.jena.vocabulary.XSD.NS)) range.put(t.getSubject(), t.getObject().getURI());
        });
        Set<String> wrong = new TreeSet<>();
        int[] checked = {0};
        var ds = TestKnowledgeBase.store().dataset();
        Txn.executeRead(ds, () -> ds.find().forEachRemaining(q -> {
            String expected = range.get(q.getPredicate());
            if (expected == null || !q.getObject().isLiteral()) return;
            checked[0]++;
            String dt = q.getObject().getLiteralDatatypeURI();
            if (!inRange(q.getObject(), expected)) wrong.add(q.getPredicate().getLocalName() + ": " + dt.replace(org.apache.jena.vocabulary.XSD.NS, "xsd:")
                + " where the range is " + expected.replace(org.apache.jena.vocabulary.XSD.NS, "xsd:"));
        }));
        assertTrue(wrong.isEmpty(), "literals outside their property's range: " + wrong);
        assertTrue(checked[0] > 100, "only " + checked[0] + " literals had a property with an XSD range");
    }

    /** Whether the literal is of the range's datatype or one derived from it (Jena's XSD type check, lexical form included). */
    private static boolean inRange(Node literal, String range) {
        return org.apache.jena.datatypes.TypeMapper.getInstance().getTypeByName(range) instanceof org.apache.jena.datatypes.xsd.XSDDatatype r
            && r.isValidLiteral(literal.getLiteral());
    }
}
