package fi.tyoverkko.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.Project;
import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.cli.Main;
import fi.tyoverkko.store.KnowledgeStore;
import fi.tyoverkko.vocab.TV;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds of a copy of the project: idempotent, and a failed build leaves the store as it was. */
class BuildTest {
    @TempDir Path tmp;

    /** A copy of the project's ontology/ and data/ to break without harm. */
    private Project copyProject() throws IOException {
        Path root = tmp.resolve("project");
        for (String dir : new String[] {"ontology", "data"}) copyTree(TestKnowledgeBase.projectRoot().resolve(dir), root.resolve(dir));
        return new Project(root, root.resolve("store"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }

    private static Map<String, Graph> snapshot(Path storeDir) {
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Map<String, Graph> out = new HashMap<>();
                store.dataset().listGraphNodes().forEachRemaining(g -> {
                    Graph copy = GraphFactory.createDefaultGraph();
                    store.dataset().getGraph(g).find().forEachRemaining(copy::add);
                    out.put(g.getURI(), copy);
                });
                return out;
            });
        }
    }

    private static void assertSameStore(Map<String, Graph> a, Map<String, Graph> b) {
        assertEquals(a.keySet(), b.keySet());
        for (String g : a.keySet()) {
            assertEquals(a.get(g).size(), b.get(g).size(), g);
            assertTrue(a.get(g).isIsomorphicWith(b.get(g)), g + " differs");
        }
    }

    private record Run(int exit, String err) {}

    private static Run cli(Project p, String... args) {
        StringWriter err = new StringWriter();
        String old = System.getProperty("tyoverkko.home");
        System.setProperty("tyoverkko.home", p.root().toString());
        try {
            String[] all = Stream.concat(Stream.of(args), Stream.of("--store", p.store().toString())).toArray(String[]::new);
            int code = Main.run(new PrintWriter(err, true), all);
            return new Run(code, err.toString());
        } finally {
            if (old == null) System.clearProperty("tyoverkko.home");
            else System.setProperty("tyoverkko.home", old);
        }
    }

    @Test void buildingTwice_givesTheSameStore_andRewritesNothing() throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        var first = snapshot(p.store());
        KnowledgeBaseBuilder.Outcome second;
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            second = new KnowledgeBaseBuilder(p, s -> {}, RowProgress.quiet()).build(store);
        }
        assertTrue(second.changed().isEmpty(), "second build changed " + second.changed());
        assertSameStore(first, snapshot(p.store()));
        assertTrue(first.containsKey(TV.graph(TV.G_META)));
        assertTrue(first.containsKey(TV.graph("reference")));
    }

    /**
     * A graph is finished after the last mapping that adds to it, and later mappings still query
     * it; a mapping sees what the mappings before it made in its own graph, not its own triples.
     */
    @Test void laterMappings_addToAnEarlierGraph_andQueryFinishedOnes_butNotTheirOwnTriples() throws IOException {
        Project p = copyProject();
        String prefixes = """
            PREFIX tvf:  <https://w3id.org/tyoverkko/function#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
        // after the sources (finished at 20) and the reference graph's last mapping until now (12); more
        // rows than a batch, so that a second batch would see the first one's triples if it could
        Files.writeString(p.mappings().resolve("95-municipalities-again.rq"), """
            #+ table: ../reference/municipalities.csv
            #+ graph: reference
            """ + prefixes + """
            CONSTRUCT { ?m rdfs:comment ?fi . ?m rdfs:seeAlso ?seen . }
            WHERE {
              BIND(tvf:id("municipality", ?code) AS ?m)
              GRAPH <https://w3id.org/tyoverkko/graph/reference> { ?m skos:prefLabel ?fi FILTER(LANG(?fi) = "fi") }
              BIND(EXISTS { GRAPH <https://w3id.org/tyoverkko/graph/reference> { ?x rdfs:comment ?c } } AS ?own)
              BIND(EXISTS { GRAPH <https://w3id.org/tyoverkko/graph/sources> { ?s dcterms:identifier ?i } } AS ?sources)
              BIND(IF(?own, "own", IF(?sources, "sources", "none")) AS ?seen)
            }
            """);
        assertEquals(0, cli(p, "build").exit());
        Graph reference = snapshot(p.store()).get(TV.graph("reference"));
        var municipalities = reference.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(TV.NS + "Municipality")).toList();
        assertTrue(municipalities.size() > 256, "more than a batch: " + municipalities.size());
        Node prefLabel = NodeFactory.createURI(TV.SKOS + "prefLabel");
        for (var municipality : municipalities) {
            Node m = municipality.getSubject();
            List<Node> fi = reference.find(m, prefLabel, Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(o -> o.getLiteralLanguage().equals("fi")).toList();
            assertEquals(fi, reference.find(m, RDFS.comment.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList(),
                "the later mapping added to the graph and saw what the earlier ones made in it: " + m);
            assertEquals(List.of(NodeFactory.createLiteralString("sources")),
                reference.find(m, RDFS.seeAlso.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList(),
                "it saw the finished sources graph, and not its own triples: " + m);
        }
    }

    /**
     * A first build hands its graphs to the bulk loader as it makes them, and the network metrics
     * before validation: a violation found after that must still leave an empty store, with no
     * half-loaded files beside it, and the next build must start from scratch.
     */
    @Test void firstBuild_failingValidation_leavesTheStoreEmpty_andNoLoaderFiles() throws IOException {
        Project p = copyProject();
        Path shapes = p.ontology().resolve("shapes.ttl");
        String original = Files.readString(shapes);
        Files.writeString(shapes, original + "\ntvsh:NoOrganisationLabels a sh:NodeShape ; sh:targetClass tv:Organisation ;"
            + " sh:property [ sh:path rdfs:label ; sh:maxCount 0 ] .\n");
        Run r = cli(p, "build");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("shape violation"), r.err());
        try (Stream<Path> files = Files.list(p.store())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertTrue(names.stream().noneMatch(n -> n.endsWith("-tmp")), "left behind: " + names);
        }
        assertTrue(snapshot(p.store()).isEmpty(), "the store is not empty");
        Files.writeString(shapes, original);
        assertEquals(0, cli(p, "build").exit());
        assertTrue(snapshot(p.store()).containsKey(TV.graph(TV.G_DERIVED)));
    }

    /**
     * Two manifest rows with one id would make one source (and one document graph) of two files;
     * the manifest's mapping declares its ids unique, so the build names the second row.
     */
    @Test void aDocumentIdGivenTwice_isReportedAtItsRow_andTheStoreStaysEmpty() throws IOException {
        Project p = copyProject();
        Path manifest = p.data().resolve("sources/sources.csv");
        List<String> rows = Files.readAllLines(manifest);
        String id = rows.get(1).substring(0, rows.get(1).indexOf(','));
        String second = rows.get(2);
        Files.writeString(manifest, String.join("\n", rows) + "\n" + id + second.substring(second.indexOf(',')).replace(".txt", "-b.txt") + "\n");
        Run r = cli(p, "build");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("data/sources/sources.csv:" + (rows.size() + 1) + ":1: column 'id': '" + id
            + "' is given twice (first on line 2)"), r.err());
        assertTrue(snapshot(p.store()).isEmpty(), "the store is not empty");
    }

    @Test void brokenTurtle_reportsFileAndLine_andLeavesTheStoreUnchanged() throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        var before = snapshot(p.store());
        Path ontology = p.ontology().resolve("tyoverkko.ttl");
        long lines = Files.readAllLines(ontology).size();
        Files.writeString(ontology, "\ntv:Broken a owl:Class ;; ] .\n", StandardOpenOption.APPEND);
        Run r = cli(p, "build");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("ontology/tyoverkko.ttl:" + (lines + 2)), r.err());
        assertSameStore(before, snapshot(p.store()));
    }

    @Test void badTableValue_reportsFileLineAndColumn_andLeavesTheStoreUnchanged() throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        var before = snapshot(p.store());
        Path municipalities = p.data().resolve("reference/municipalities.csv");
        Files.writeString(municipalities, "999,Olematon,Obefintlig,77,2025,01\n", StandardOpenOption.APPEND);
        Run r = cli(p, "build");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("data/reference/municipalities.csv:310"), r.err());
        assertSameStore(before, snapshot(p.store()));
    }

    /** A municipality code given twice would make one municipality of two rows. */
    @Test void aReferenceCodeGivenTwice_isReportedAtItsRow_andLeavesTheStoreUnchanged() throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        var before = snapshot(p.store());
        Path municipalities = p.data().resolve("reference/municipalities.csv");
        List<String> rows = Files.readAllLines(municipalities);
        String code = rows.get(1).substring(0, rows.get(1).indexOf(','));
        Files.writeString(municipalities, code + ",Toinen,Annan,14,2025,16\n", StandardOpenOption.APPEND);
        Run r = cli(p, "build");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("data/reference/municipalities.csv:" + (rows.size() + 1) + ":1: column 'code': '" + code
            + "' is given twice (first on line 2)"), r.err());
        assertSameStore(before, snapshot(p.store()));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "broken quote        | organisations.csv | 'Rikki ry,,association,Kotka,,,keko-esitys-2018,\"Vates'                     | malformed CSV",
        "unknown municipality| organisations.csv | 'Rikki ry,,association,Atlantis,,,keko-esitys-2018,Vates'                    | unknown municipality 'Atlantis'",
        "invalid date        | projects.csv      | 'Rikkihanke,,,31.2.2019,,,,,,keko-esitys-2018,Vates'                        | no day 31.2.2019",
        "negative amount     | funding.csv       | 'Kehittämisen koordinaatiohanke,STEA,STEA,-5 €,,keko-esitys-2018,Vates'     | negative amount",
        "unknown source      | organisations.csv | 'Rikki ry,,association,,,,no-such-source,Vates'                              | unknown source 'no-such-source'",
    })
    void badRow_reportsFileAndLine_exitsNonZero_andLeavesTheStoreUnchanged(String what, String table, String row, String message) throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        var before = snapshot(p.store());
        Path file = p.data().resolve("curated").resolve(table);
        long line = Files.readAllLines(file).size() + 1;
        Files.writeString(file, row + "\n", StandardOpenOption.APPEND);
        Run r = cli(p, "build");
        assertEquals(1, r.exit(), what + ": " + r.err());
        assertTrue(r.err().contains("data/curated/" + table + ":" + line), what + ": " + r.err());
        assertTrue(r.err().contains(message), what + ": " + r.err());
        assertSameStore(before, snapshot(p.store()));
    }

    @Test void wrongEncodingAndMissingColumn_areReported_andLeaveTheStoreUnchanged() throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        var before = snapshot(p.store());
        Path events = p.data().resolve("curated/events.csv");
        String original = Files.readString(events);
        Files.write(events, original.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Run enc = cli(p, "build");
        assertEquals(1, enc.exit());
        assertTrue(enc.err().contains("data/curated/events.csv:") && enc.err().contains("not valid UTF-8"), enc.err());
        Files.writeString(events, original.replaceFirst("name,date,", "nimi,date,"));
        Run col = cli(p, "build");
        assertEquals(1, col.exit());
        assertTrue(col.err().contains("data/curated/events.csv:1") && col.err().contains("missing required column 'name'"), col.err());
        assertSameStore(before, snapshot(p.store()));
    }

    @Test void missingShapes_failsTheBuild() throws IOException {
        Project p = copyProject();
        Files.delete(p.ontology().resolve("shapes.ttl"));
        Run r = cli(p, "build");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("shapes"), r.err());
    }

    @Test void aQueryOverItsTimeLimit_isStopped_withItsFileNamed() throws IOException {
        Project p = copyProject();
        assertEquals(0, cli(p, "build").exit());
        Path slow = p.root().resolve("slow.rq");
        Files.writeString(slow, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }\n");
        long start = System.nanoTime();
        Run r = cli(p, "query", slow.toString(), "--timeout", "0.5");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("slow.rq") && r.err().contains("did not finish in 0.5 s"), r.err());
        assertTrue(millis < 20_000, "took " + millis + " ms");
        Run bad = cli(p, "query", slow.toString(), "--timeout", "0");
        assertEquals(2, bad.exit(), bad.err());
    }
}
