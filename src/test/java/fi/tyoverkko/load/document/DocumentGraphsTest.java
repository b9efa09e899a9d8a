package fi.tyoverkko.load.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.Project;
import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.build.KnowledgeBaseBuilder;
import fi.tyoverkko.build.RowProgress;
import fi.tyoverkko.query.CatalogueExecutor;
import fi.tyoverkko.query.QueryCatalogue;
import fi.tyoverkko.store.KnowledgeStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build loads every document of data/sources into its own graph of evidence. */
class DocumentGraphsTest {

    @Test
    void everyDocumentHasAGraph_andEveryQuoteIsTheTextAtItsOffsets() throws IOException {
        Path sources = TestKnowledgeBase.projectRoot().resolve("data/sources");
        var manifest = SourceManifest.read(sources.resolve("sources.csv"), "sources.csv");
        for (var e : manifest.entries()) {
            String text = DocumentReaders.read(sources.resolve(e.file()), e.file(), e.id(), e.date()).text();
            var rows = TestKnowledgeBase.select("SELECT ?q ?s ?e WHERE { GRAPH <https://w3id.org/tyoverkko/graph/document-" + e.id()
                + "> { ?ev a tv:Evidence ; tv:quote ?q ; tv:startOffset ?s ; tv:endOffset ?e ; prov:wasDerivedFrom <"
                + "https://w3id.org/tyoverkko/id/source/" + e.id() + "> } }");
            assertTrue(rows.size() > 5, e.id() + ": " + rows.size() + " evidence nodes");
            for (var r : rows) {
                int s = r.getLiteral("s").getInt(), end = r.getLiteral("e").getInt();
                assertEquals(text.substring(s, end), r.getLiteral("q").getString(), e.id() + " at " + s);
            }
        }
    }

    @Test
    void curatedThingsNamedInADocument_pointToItsEvidence_withoutNewThings() {
        // the blog post names the foundation as "Vates-säätiön" (genitive): the curated resource gets the evidence
        var rows = TestKnowledgeBase.select("SELECT (STR(?q0) AS ?q) (STR(?m0) AS ?m) WHERE { GRAPH <https://w3id.org/tyoverkko/graph/document-keko-blogi-2018-11> {"
            + " <https://w3id.org/tyoverkko/id/organisation/vates-saatio> tv:evidence ?ev . ?ev tv:quote ?q0 ; tv:matchedBy ?m0 ;"
            + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <https://w3id.org/tyoverkko/id/organisation/vates-saatio> } }");
        assertTrue(rows.stream().anyMatch(r -> r.getLiteral("q").getString().equals("Vates-säätiön")
            && r.getLiteral("m").getString().startsWith("Finnish inflection")), rows.toString());
        long typed = TestKnowledgeBase.number("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?x a ?c } "
            + "FILTER(STRSTARTS(STR(?g), 'https://w3id.org/tyoverkko/graph/document-') && ?c != tv:Evidence) }");
        assertEquals(0, typed, "document graphs type nothing but evidence");
    }

    @Test
    void documentConflicts_listAStatisticAndAnEventPlaceThatTheTablesStateOtherwise(@TempDir Path tmp) throws IOException {
        Path root = tmp.resolve("project");
        for (String dir : new String[] {"ontology", "data", "queries"}) copyTree(TestKnowledgeBase.projectRoot().resolve(dir), root.resolve(dir));
        Path stats = root.resolve("data/curated/statistics.csv");
        Files.writeString(stats, Files.readString(stats).replace("Kotka,population,52 883,", "Kotka,population,52 000,"));
        Path events = root.resolve("data/curated/events.csv");
        Files.writeString(events, Files.readString(events).replace("27.9.,Tampere,Pirkanmaa", "27.9.,Lahti,Päijät-Häme"));
        Project p = new Project(root, tmp.resolve("store"));
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            new KnowledgeBaseBuilder(p, s -> {}, RowProgress.quiet()).build(store);
            var q = QueryCatalogue.load(root.resolve("queries"), root).get("document-conflicts");
            List<Binding> rows = CatalogueExecutor.run(q, Map.of(), store.searchable(), 30_000).rows();
            Set<String> got = new TreeSet<>();
            for (Binding b : rows) got.add(str(b, "aspect") + " " + str(b, "documentValue") + " " + str(b, "tableValue"));
            assertEquals(Set.of("statistic 52883 52000.0", "event-place Tampere Lahti"), got);
        }
    }

    private static String str(Binding b, String var) {
        var n = b.get(Var.alloc(var));
        return n == null ? null : n.getLiteralLexicalForm();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(target);
                else Files.copy(f, target);
            }
        }
    }
}
