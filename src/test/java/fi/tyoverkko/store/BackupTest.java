package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.load.SourceException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup restores to an isomorphic store; an independent parser reads the same quads; a bad file changes nothing. */
class BackupTest {
    @TempDir Path tmp;

    static Map<String, Graph> graphs(KnowledgeStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Map<String, Graph> out = new HashMap<>();
            s.dataset().listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                s.dataset().getGraph(g).find().forEachRemaining(copy::add);
                out.put(g.getURI(), copy);
            });
            return out;
        });
    }

    @Test void backupThenRestore_givesAnIsomorphicStore_andRdf4jReadsTheSameQuads() throws Exception {
        Path file = tmp.resolve("kb.nq.gz");
        long written = Backups.backup(TestKnowledgeBase.store(), file);
        long rdf4j;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            rdf4j = Rio.parse(in, "", RDFFormat.NQUADS).size();
        }
        assertEquals(written, rdf4j, "RDF4J read a different number of quads");
        try (KnowledgeStore restored = KnowledgeStore.open(tmp.resolve("restored"))) {
            assertEquals(written, Backups.restore(restored, file, "kb.nq.gz"));
            Map<String, Graph> a = graphs(TestKnowledgeBase.store()), b = graphs(restored);
            assertEquals(a.keySet(), b.keySet());
            for (String g : a.keySet()) assertTrue(a.get(g).isIsomorphicWith(b.get(g)), g);
            assertTrue(a.containsKey("https://w3id.org/tyoverkko/graph/meta"));
        }
    }

    @Test void aBrokenBackup_changesNothing() throws Exception {
        Path good = tmp.resolve("good.nq.gz");
        Backups.backup(TestKnowledgeBase.store(), good);
        Path bad = tmp.resolve("bad.nq.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(bad))) {
            out.write("<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> \"unterminated <urn:g> .\n".getBytes());
        }
        try (KnowledgeStore s = KnowledgeStore.open(tmp.resolve("s"))) {
            Backups.restore(s, good, "good.nq.gz");
            Map<String, Graph> before = graphs(s);
            var e = assertThrows(SourceException.class, () -> Backups.restore(s, bad, "bad.nq.gz"));
            assertEquals("bad.nq.gz", e.path());
            assertTrue(e.line() >= 2, e.toString());
            Map<String, Graph> after = graphs(s);
            assertEquals(before.keySet(), after.keySet());
            for (String g : before.keySet()) assertTrue(before.get(g).isIsomorphicWith(after.get(g)), g);
        }
    }
}
