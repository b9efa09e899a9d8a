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
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The version of the knowledge base a server answers from, and when it last changed. Every
 * committed write advances TDB2's data version (a counter in memory), so the tag is a digest of
 * that counter, of a token drawn when the server started (the counter restarts at 0) and of the
 * program's version (which shapes the answers too). Builds and writes through /kb-admin both
 * change it. Reading it costs a read transaction and a compare, so every request can ask.
 */
public record KnowledgeBaseVersion(String tag, Instant modified) {

    /** Follows one dataset; recomputes only when its data version moves. */
    public static final class Tracker implements Supplier<KnowledgeBaseVersion> {
        private final DatasetGraph dsg;
        private final String startToken = UUID.randomUUID().toString();
        private long initialDataVersion = -1;
        private long seen = -1;
        private KnowledgeBaseVersion current;

        public Tracker(DatasetGraph dsg) {
            this.dsg = dsg;
        }

        @Override
        public KnowledgeBaseVersion get() {
            return Txn.calculateRead(dsg, () -> {
                long dataVersion = dataVersion(dsg);
                synchronized (this) {
                    if (current == null || dataVersion != seen || dataVersion < 0) {
                        if (initialDataVersion < 0) initialDataVersion = dataVersion;
                        Instant built = lastBuild(meta(dsg));
                        // a write that was not a build (an update through /kb-admin) has no build time: it changed now
                        Instant modified = current == null || dataVersion == initialDataVersion ? built : max(built, Instant.now());
                        String salt = dataVersion < 0 ? contentHashes(meta(dsg)) : Long.toString(dataVersion);
                        current = new KnowledgeBaseVersion(digest(Version.VERSION + "|" + startToken + "|" + salt), modified);
                        seen = dataVersion;
                    }
                    return current;
                }
            });
        }
    }

    /** TDB2's count of committed writes, read inside a transaction; -1 for other datasets. */
    private static long dataVersion(DatasetGraph dsg) {
        if (!TDBInternal.isTDB2(dsg)) return -1;
        return TDBInternal.getDatasetGraphTDB(dsg).getTxnSystem().getThreadTransaction().getDataVersion();
    }

    /** For a dataset without a data version (not TDB2): the graphs' content hashes from the meta graph. */
    private static String contentHashes(Graph meta) {
        StringBuilder b = new StringBuilder();
        for (String g : MetaGraph.describedGraphs(meta)) b.append(g).append('=').append(MetaGraph.hashOf(meta, g)).append(';');
        return b.append(MetaGraph.restrictedGraphs(meta)).toString();
    }

    private static Graph meta(DatasetGraph dsg) {
        return dsg.getGraph(TV.graphNode(TV.G_META));
    }

    /** The version a meta graph describes (for a store read from afar, without a data version): its graphs' content hashes and build time. */
    static KnowledgeBaseVersion ofMeta(Graph meta, String salt) {
        return new KnowledgeBaseVersion(digest(Version.VERSION + "|" + salt + "|" + contentHashes(meta)), lastBuild(meta));
    }

    private static Instant lastBuild(Graph meta) {
        var it = meta.find(MetaGraph.DATASET, NodeFactory.createURI(TV.DCTERMS + "modified"), Node.ANY);
        return it.hasNext() ? OffsetDateTime.parse(it.next().getObject().getLiteralLexicalForm()).toInstant() : Instant.EPOCH;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
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
