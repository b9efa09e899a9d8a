package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import fi.tyoverkko.cli.Main;
import fi.tyoverkko.vocab.TV;
import fi.tyoverkko.web.ServerSettings;
import fi.tyoverkko.web.TyoverkkoServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --target}: the knowledge base written to a second Fuseki over the Graph Store Protocol, with authentication. */
class RemoteStoreTest {
    @TempDir Path dir;

    @Test void buildToRemoteStore_writesEveryGraph_thenOnlyChangedOnes_andNeedsTheCredentials() throws Exception {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer server = TyoverkkoServer.create(remote, new ServerSettings(0, 10_000, 10_000, "loader", "pw-remote")).start();
        try {
            String url = "http://localhost:" + server.getPort() + "/kb-admin/data";
            Path creds = dir.resolve("creds");
            Files.writeString(creds, "loader:pw-remote\n");
            Path wrong = dir.resolve("wrong");
            Files.writeString(wrong, "loader:nope\n");

            StringWriter err = new StringWriter();
            int refused = Main.run(new PrintWriter(err), "build", "--target", url, "--credentials", wrong.toString());
            assertEquals(3, refused, err.toString());
            assertTrue(err.toString().contains("401"), err.toString());
            assertEquals(0L, (long) Txn.calculateRead(remote, () -> remote.stream().count()), "nothing written without the right credentials");

            assertEquals(0, Main.run(new PrintWriter(new StringWriter()), "build", "--target", url, "--credentials", creds.toString()));
            KnowledgeStore local = TestKnowledgeBase.store();
            for (String g : local.graphNames()) {
                if (g.equals(TV.G_META)) continue;
                // the same size, and every triple without blank nodes the same (blank nodes get new labels in transit)
                var localTriples = Txn.calculateRead(local.dataset(), () -> local.dataset().getGraph(TV.graphNode(g)).find().toList());
                var remoteTriples = Txn.calculateRead(remote, () -> remote.getGraph(TV.graphNode(g)).find().toList());
                assertEquals(localTriples.size(), remoteTriples.size(), "size of graph " + g);
                var remoteSet = new java.util.HashSet<>(remoteTriples);
                for (var t : localTriples) {
                    if (t.getSubject().isBlank() || t.getObject().isBlank()) continue;
                    assertTrue(remoteSet.contains(t), g + " lacks " + t);
                }
            }
            // a second build sends nothing but the meta graph
            var out = new StringWriter();
            var stdout = System.out;
            var captured = new java.io.ByteArrayOutputStream();
            System.setOut(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            try {
                assertEquals(0, Main.run(new PrintWriter(out), "build", "--target", url, "--credentials", creds.toString()));
            } finally {
                System.setOut(stdout);
            }
            assertTrue(captured.toString(java.nio.charset.StandardCharsets.UTF_8).contains("changed: none"), captured.toString());
        } finally {
            server.stop();
        }
    }
}
