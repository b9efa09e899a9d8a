package fi.tyoverkko.web;

import fi.tyoverkko.Version;
import fi.tyoverkko.build.MetaGraph;
import fi.tyoverkko.vocab.TV;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * The version of the knowledge base a server answers from: a digest of every graph's content
 * hash in the meta graph (and of the program's version, which shapes the answers too), and the
 * time it last changed. Any build that changes data changes it; a build that changes nothing
 * keeps it, so caches stay valid.
 */
public record KnowledgeBaseVersion(String tag, Instant modified) {

    public static KnowledgeBaseVersion of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph meta = dsg.getGraph(TV.graphNode(TV.G_META));
            Map<String, String> hashes = new TreeMap<>();
            for (String g : MetaGraph.describedGraphs(meta)) hashes.put(g, MetaGraph.hashOf(meta, g));
            Instant modified = Instant.EPOCH;
            var it = meta.find(MetaGraph.DATASET, NodeFactory.createURI(TV.DCTERMS + "modified"), Node.ANY);
            if (it.hasNext()) modified = OffsetDateTime.parse(it.next().getObject().getLiteralLexicalForm()).toInstant();
            // which graphs are restricted shapes public answers as much as their content does
            return new KnowledgeBaseVersion(digest(Version.VERSION + hashes + MetaGraph.restrictedGraphs(meta)), modified);
        });
    }

    static String digest(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
