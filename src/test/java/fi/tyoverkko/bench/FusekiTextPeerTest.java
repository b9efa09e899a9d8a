package fi.tyoverkko.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.query.QueryCatalogue;
import fi.tyoverkko.store.KnowledgeStore;
import fi.tyoverkko.web.ServerSettings;
import fi.tyoverkko.web.TyoverkkoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;

/**
 * The Fuseki that bench/run compares with is started from bench/fuseki-text.ttl, with a copy of the
 * build's text index: it must answer the catalogue's `search` exactly as Työverkko does, or the
 * benchmark's answers table would blame the engine for a difference in its set-up.
 */
class FusekiTextPeerTest {
    @Test void aFusekiFromTheBenchConfig_searchesLikeTyoverkko() throws Exception {
        Path root = TestKnowledgeBase.projectRoot();
        KnowledgeStore kb = TestKnowledgeBase.store();
        DatasetGraph searchable = kb.searchable(); // makes the index if the build did not
        Path work = Files.createTempDirectory("fuseki-text-peer");
        // Fuseki gets its own copy of the data, as in bench/run (the tdbloader store), and of the index
        Path tdb = work.resolve("tdb");
        DatasetGraph copy = DatabaseMgr.connectDatasetGraph(tdb.toString());
        Txn.executeRead(searchable, () -> Txn.executeWrite(copy, () -> searchable.find().forEachRemaining(copy::add)));
        Path index = kb.dir().resolve("text-index");
        Path generation = index.resolve(Files.readString(index.resolve("CURRENT")).strip());
        Files.createDirectories(work.resolve("fuseki-text"));
        try (Stream<Path> files = Files.list(generation)) {
            for (Path f : files.toList()) Files.copy(f, work.resolve("fuseki-text").resolve(f.getFileName()));
        }
        Path config = work.resolve("fuseki.ttl");
        Files.writeString(config, Files.readString(root.resolve("bench/fuseki-text.ttl"))
            .replace("@TDB@", tdb.toString()).replace("@INDEX@", work.resolve("fuseki-text").toString()));

        QueryCatalogue catalogue = QueryCatalogue.load(root.resolve("queries"), root);
        FusekiServer tyoverkko = TyoverkkoServer.create(searchable, new ServerSettings(0, 60_000, 10_000, null, null), catalogue).start();
        FusekiServer fuseki = FusekiServer.create().port(0).parseConfigFile(config.toString()).build().start();
        try {
            var api = new QueryBenchmark.Target("tyoverkko", "http://localhost:" + tyoverkko.getPort() + "/api");
            var endpoint = new QueryBenchmark.Target("fuseki", "http://localhost:" + fuseki.getPort() + "/ds/sparql");
            // a word with a few hits, one with many, an inflected form (Finnish stemming) and one with none
            for (String q : List.of("säätiö", "hanke", "säätiön", "yhdistys", "xyzzy")) {
                var call = QueryBenchmark.Call.of(catalogue.get("search"), Map.of("q", q, "limit", "100"));
                TreeSet<String> ours = QueryBenchmark.rows(QueryBenchmark.send(call.request(api, Duration.ofSeconds(60))), Map.of(), 6);
                TreeSet<String> theirs = QueryBenchmark.rows(QueryBenchmark.send(call.request(endpoint, Duration.ofSeconds(60))), Map.of(), 6);
                assertTrue(ours.equals(theirs), () -> "search q=" + q + ": Työverkko " + QueryBenchmark.count(ours) + " rows, Fuseki "
                    + QueryBenchmark.count(theirs) + "; e.g. only Työverkko: " + ours.stream().filter(r -> !theirs.contains(r)).limit(2).toList()
                    + "; only Fuseki: " + theirs.stream().filter(r -> !ours.contains(r)).limit(2).toList());
                if (!q.equals("xyzzy")) assertTrue(!ours.isEmpty(), "search q=" + q + " found nothing: the comparison would prove little");
            }
        } finally {
            fuseki.stop();
            tyoverkko.stop();
            TDBInternal.expel(copy);
            try (Stream<Path> files = Files.walk(work)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
            }
        }
    }
}
