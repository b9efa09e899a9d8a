package fi.tyoverkko.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A fingerprint of a graph's content, independent of triple order: SHA-256 over its sorted
 * N-Triples lines, with blank nodes written as one placeholder. Two builds from the same input
 * give the same hash, which lets the build keep an unchanged graph (and its provenance) as is.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Graph g) {
        List<String> lines = new ArrayList<>(g.size());
        g.find().forEachRemaining(t -> lines.add(s(t.getSubject()) + " " + s(t.getPredicate()) + " " + s(t.getObject())));
        Collections.sort(lines);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String l : lines) {
                md.update(l.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String s(Node n) {
        return n.isBlank() ? "_:b" : NodeFmtLib.strNT(n);
    }
}
