package fi.tyoverkko.build;

import fi.tyoverkko.store.MappedInts;
import fi.tyoverkko.store.NumberedTriples;
import java.util.HexFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * A fingerprint of a graph's content, independent of triple order: the sum, in two independent
 * 64-bit lanes, of a hash of each triple, and the number of triples. Blank nodes count as one
 * placeholder. Two builds from the same input give the same hash, which lets the build keep an
 * unchanged graph (and its provenance) as is.
 *
 * <p>A sum needs no sorting: the earlier form (SHA-256 over the sorted N-Triples lines) made and
 * sorted a string per triple, about 14 s of a 9 M-triple build. This guards against accidental
 * change, not against someone crafting a collision; whoever can edit the sources can change the
 * knowledge base anyway. Terms are hashed by their parts (kind, text, language or datatype), not
 * by a written form, so no escaping can make two different terms or triples look alike.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Graph g) {
        Lanes sum = new Lanes(), triple = new Lanes();
        long[] count = {0};
        g.find().forEachRemaining(t -> {
            triple.hash(t);
            sum.a += triple.a;
            sum.b += triple.b;
            count[0]++;
        });
        return written(sum.a, sum.b, count[0]);
    }

    /**
     * The same fingerprint as {@link #of(Graph)}, of a graph given as term numbers: each distinct
     * term is hashed once, its lanes kept (in {@code memo}) for the graphs that share its numbering,
     * instead of reading every term of every triple back (27 M at 9 M triples).
     */
    public static String of(NumberedTriples g, TermMemo memo) {
        memo.use(g.numbering());
        long a = 0, b = 0;
        Lanes triple = new Lanes();
        for (int i = 0, n = g.tripleCount(); i < n; i++) {
            memo.lanes(g, g.term(i, 0));
            long sa = memo.a, sb = memo.b;
            memo.lanes(g, g.term(i, 1));
            long pa = memo.a, pb = memo.b;
            memo.lanes(g, g.term(i, 2));
            triple.a = memo.a;
            triple.b = memo.b;
            triple.combine(sa, sb, pa, pb);
            a += triple.a;
            b += triple.b;
        }
        return written(a, b, g.tripleCount());
    }

    private static String written(long a, long b, long count) {
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(a) + hex.toHexDigits(b) + "-" + count;
    }

    /** The two lanes of each term hashed so far, by its number in one numbering: in a scratch file (four ints a term). */
    public static final class TermMemo implements AutoCloseable {
        private final MappedInts kept = MappedInts.temporary("term-hashes");
        private final java.util.BitSet done = new java.util.BitSet();
        private final Lanes lanes = new Lanes();
        private Object numbering;
        /** The lanes of the term last asked for. */
        private long a, b;

        private void use(Object numbering) {
            if (this.numbering == null) this.numbering = numbering;
            else if (this.numbering != numbering) throw new IllegalArgumentException("a memo serves one numbering");
        }

        private void lanes(NumberedTriples g, int number) {
            if (done.get(number)) {
                a = kept.getLong(2L * number);
                b = kept.getLong(2L * number + 1);
                return;
            }
            lanes.term(g.node(number));
            a = lanes.a;
            b = lanes.b;
            kept.setLong(2L * number, a);
            kept.setLong(2L * number + 1, b);
            done.set(number);
        }

        @Override public void close() { kept.close(); }
    }

    /** Two 64-bit hashes computed side by side (FNV-1a over the characters with different primes and seeds, then a finalising mix). */
    private static final class Lanes {
        long a, b;

        void hash(Triple t) {
            term(t.getSubject());
            long sa = a, sb = b;
            term(t.getPredicate());
            long pa = a, pb = b;
            term(t.getObject());
            combine(sa, sb, pa, pb);
        }

        /** With the object's lanes in {@code a} and {@code b}, leaves the triple's there. */
        void combine(long sa, long sb, long pa, long pb) {
            a = mix(mix(sa * K1 + pa) * K1 + a);
            b = mix(mix(sb * K2 + pb) * K2 + b);
        }

        /** Leaves the term's hash in {@code a} and {@code b}. */
        void term(Node n) {
            if (n.isURI()) {
                text(n.getURI(), 1);
            } else if (n.isBlank()) {
                a = mix(2);
                b = mix(~2L);
            } else if (n.isLiteral()) {
                text(n.getLiteralLexicalForm(), 3);
                long la = a, lb = b;
                String lang = n.getLiteralLanguage();
                if (lang != null && !lang.isEmpty()) text(lang, 4);
                else text(n.getLiteralDatatypeURI(), 5);
                a = mix(la * K1 + a);
                b = mix(lb * K2 + b);
            } else {
                text(n.toString(), 6);
            }
        }

        void text(String s, long kind) {
            long x = SEED_A ^ kind, y = SEED_B ^ kind;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                x = (x ^ c) * 0x100000001B3L;
                y = (y ^ c) * 0x9E3779B97F4A7C15L;
            }
            a = mix(x ^ s.length());
            b = mix(y + s.length());
        }
    }

    private static final long K1 = 0xC2B2AE3D27D4EB4FL, K2 = 0x165667B19E3779F9L;
    private static final long SEED_A = 0xCBF29CE484222325L, SEED_B = 0x27D4EB2F165667C5L;

    /** MurmurHash3's 64-bit finaliser: every input bit reaches every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
