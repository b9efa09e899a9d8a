package fi.tyoverkko.store;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * RDF terms numbered in the order added and kept as bytes in scratch files ({@link MappedInts}),
 * not as Jena Nodes on the heap: a build's distinct terms (two million at 10 M triples, some
 * 300 MB as Nodes) would make the heap it needs grow with its input. A term is read back as a new
 * Node, through a small cache of the terms read last, so a reader that keeps terms keeps its own
 * objects.
 * <p>
 * IRIs, blank nodes and literals are kept as their text (UTF-8) with a kind, a datatype and a
 * language tag (the few datatypes and tags on the heap); any other term (a literal with a base
 * direction, a triple term) is kept on the heap as it is. Only one thread adds; others may read the
 * terms added before the table was handed to them (through a queue or a join).
 */
public final class MappedTerms {
    private static final int KIND_SHIFT = 28, INDEX_MASK = (1 << KIND_SHIFT) - 1;
    private static final int IRI = 1, BLANK = 2, TYPED = 3, TAGGED = 4, OTHER = 5;
    /** A term read back is kept here (by its number's low bits) until another takes its place: hot terms (predicates, classes) are made once. */
    private final int cacheMask;

    /** By term number: where its header is in {@link #text}. */
    private final MappedInts starts = MappedInts.temporary("term-starts");
    /** By term number: its Node's hashCode. */
    private final MappedInts hashes = MappedInts.temporary("term-hashes");
    /** Each term's header (kind and index of its datatype, tag or heap term), its text's length in bytes, and the text, four bytes an int. */
    private final MappedInts text = MappedInts.temporary("term-text");
    private long textSize;
    private int count;

    private final List<RDFDatatype> datatypes = new CopyOnWriteArrayList<>();
    private final List<String> tags = new CopyOnWriteArrayList<>();
    private final List<Node> others = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> datatypeIndex = new HashMap<>(), tagIndex = new HashMap<>();

    /** A term read back with its number; replaced whole, so a reader on another thread never sees one's number with another's node. */
    private record Cached(int number, Node node) {}
    private final Cached[] cache;

    /** A table whose cache keeps 64 k terms: for the build's union, whose predicates and classes are read over and over. */
    public MappedTerms() {
        this(16);
    }

    /** A table whose cache keeps 2^cacheBits terms (each some 150 bytes of heap when full). */
    public MappedTerms(int cacheBits) {
        cache = new Cached[1 << cacheBits];
        cacheMask = (1 << cacheBits) - 1;
    }

    /** Keeps a term (IRI, blank node, literal or triple term) and returns its number: 0, 1, 2… */
    public int add(Node n) {
        int number = count;
        long at = textSize;
        String s;
        int header;
        if (n.isURI()) {
            s = n.getURI();
            header = IRI << KIND_SHIFT;
        } else if (n.isBlank()) {
            s = n.getBlankNodeLabel();
            header = BLANK << KIND_SHIFT;
        } else if (n.isLiteral() && n.getLiteralBaseDirection() == null) {
            s = n.getLiteralLexicalForm();
            String tag = n.getLiteralLanguage();
            header = tag == null || tag.isEmpty()
                ? TYPED << KIND_SHIFT | indexOf(datatypeIndex, datatypes, n.getLiteralDatatypeURI(), n.getLiteralDatatype())
                : TAGGED << KIND_SHIFT | indexOf(tagIndex, tags, tag, tag);
        } else if (n.isConcrete()) {
            s = "";
            header = OTHER << KIND_SHIFT | others.size();
            others.add(n);
        } else {
            throw new IllegalArgumentException("not a term: " + n);
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        text.set(at, header);
        text.set(at + 1, bytes.length);
        for (int i = 0; i < bytes.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4 && i + k < bytes.length; k++) word |= (bytes[i + k] & 0xFF) << (8 * k);
            text.set(at + 2 + i / 4, word);
        }
        textSize = at + 2 + (bytes.length + 3) / 4;
        if (textSize > Integer.MAX_VALUE) throw new IllegalStateException("more than 8 GiB of term text");
        starts.set(number, (int) at);
        hashes.set(number, n.hashCode());
        count++;
        return number;
    }

    private static <T> int indexOf(Map<String, Integer> index, List<T> list, String key, T value) {
        Integer i = index.get(key);
        if (i != null) return i;
        if (list.size() > INDEX_MASK) throw new IllegalStateException("too many datatypes or language tags");
        list.add(value);
        index.put(key, list.size() - 1);
        return list.size() - 1;
    }

    /** The term with this number, as a Node equal to the one added. */
    public Node get(int number) {
        Cached c = cache[number & cacheMask];
        if (c != null && c.number == number) return c.node;
        Node n = read(number);
        cache[number & cacheMask] = new Cached(number, n);
        return n;
    }

    /** The hashCode of the term with this number, without reading it back. */
    public int hashCode(int number) {
        return hashes.get(number);
    }

    /** How many terms have been added. */
    public int size() {
        return count;
    }

    private Node read(int number) {
        long at = starts.get(number) & 0xFFFFFFFFL;
        int header = text.get(at), length = text.get(at + 1), index = header & INDEX_MASK;
        if (header >>> KIND_SHIFT == OTHER) return others.get(index);
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i += 4) {
            int word = text.get(at + 2 + i / 4);
            for (int k = 0; k < 4 && i + k < length; k++) bytes[i + k] = (byte) (word >>> (8 * k));
        }
        String s = new String(bytes, StandardCharsets.UTF_8);
        return switch (header >>> KIND_SHIFT) {
            case IRI -> NodeFactory.createURI(s);
            case BLANK -> NodeFactory.createBlankNode(s);
            case TYPED -> NodeFactory.createLiteralDT(s, datatypes.get(index));
            case TAGGED -> NodeFactory.createLiteralLang(s, tags.get(index));
            default -> throw new IllegalStateException("term " + number + " has an unknown kind " + (header >>> KIND_SHIFT));
        };
    }

    /** Closes the scratch files once nothing more will be added; what was added stays readable. */
    public void close() {
        starts.close();
        hashes.close();
        text.close();
    }
}
