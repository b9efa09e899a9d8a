package fi.tyoverkko.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.TestKnowledgeBase;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our metrics equal NetworkX's to 1e-9, on the seed knowledge base and on a random network
 * big enough to have paths, bridges and several components. Needs a Python with networkx
 * (.ci/run installs Debian's python3-networkx).
 */
class NetworkxCrossCheckTest {
    @TempDir Path tmp;

    static String python() throws IOException, InterruptedException {
        for (String py : List.of("/usr/bin/python3", "python3")) {
            try {
                Process p = new ProcessBuilder(py, "-c", "import networkx").redirectErrorStream(true).start();
                if (p.waitFor() == 0) return py;
            } catch (IOException e) {
                // try the next one
            }
        }
        throw new AssertionError("no python3 with networkx: install python3-networkx (apt-get install python3-networkx)");
    }

    private String check(NetworkSnapshot snap) throws Exception {
        Path file = tmp.resolve("network.graphml");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            snap.write(NetworkExport.Format.graphml, w);
        }
        Path script = TestKnowledgeBase.projectRoot().resolve("src/test/resources/networkx/check_metrics.py");
        Process p = new ProcessBuilder(python(), script.toString(), file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out;
    }

    @Test void seedNetwork_matchesNetworkx() throws Exception {
        var ds = TestKnowledgeBase.store().dataset();
        String out = Txn.calculateRead(ds, () -> {
            NetworkSnapshot snap = NetworkSnapshot.of(ds.getUnionGraph(), null);
            assertTrue(snap.graph().size() > 2, "the seed network has too few organisations");
            try {
                return check(snap);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertTrue(out.contains(": ok"), out);
    }

    @Test void randomNetwork_matchesNetworkx() throws Exception {
        Graph g = GraphFactory.createDefaultGraph();
        Random r = new Random(7);
        for (int m = 0; m < 160; m++) {
            int project = r.nextInt(45), organisation = (int) Math.floor(Math.pow(r.nextDouble(), 2) * 70);
            var membership = NodeFactory.createURI("urn:m:" + m);
            g.add(membership, PartnershipNetwork.MEMBER, NodeFactory.createURI("https://w3id.org/tyoverkko/id/organisation/o" + organisation));
            g.add(membership, PartnershipNetwork.ORGANIZATION, NodeFactory.createURI("https://w3id.org/tyoverkko/id/project/p" + project));
        }
        NetworkSnapshot snap = NetworkSnapshot.of(g, null);
        assertTrue(snap.graph().edgeCount() > 50);
        String out = check(snap);
        assertTrue(out.contains(": ok"), out);
    }
}
