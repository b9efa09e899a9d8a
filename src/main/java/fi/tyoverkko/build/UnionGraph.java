package fi.tyoverkko.build;

import fi.tyoverkko.store.MappedInts;
import fi.tyoverkko.store.MappedSlots;
import fi.tyoverkko.store.MappedTerms;
import fi.tyoverkko.store.NumberedTriples;
import java.util.BitSet;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.NiceIterator;

/**
 * The union of the build's graphs (but the shapes), kept compact: each distinct term once, with a number;
 * each distinct triple once, as three term numbers; and three indexes (by subject, predicate and
 * object) as chains of "next" links through the triples: 28 bytes a triple (with the slice that
 * names it), kept in memory-mapped scratch files ({@link MappedInts}) with the few ints a term of
 * the indexes. The terms too are kept as bytes in scratch files ({@link MappedTerms}) and read
 * back as new Nodes, so the heap the union takes does not grow with the input: as Jena Nodes they were
 * some 300 MB of a 9 M-triple build. It replaced Jena's in-memory graph, whose Triple objects and
 * indexes, with the finished graphs' arrays of the same Triples, were some 600 MB more.
 * <p>
 * Only the producer adds ({@link #addAll}, which returns the added graph as a {@link Slice} of
 * this union; {@link Part}s, joined into a slice when their graph is finished; {@link #keepBeside});
 * others read it as a Graph, which refuses changes. A pattern is answered by walking the shortest
 * chain of its fixed terms, and triples are made as they are read (a fixed term is the caller's
 * own object, the others are read back). Terms are compared as terms ("01"^^xsd:integer is not
 * "1"), as in Jena's in-memory graph.
 * <p>
 * The triples' columns and the terms are stored in segments that are never moved, so a slice handed
 * to another thread (the store writer) reads what was there when it was made while the producer
 * goes on adding. The writer takes a slice's triples as term numbers ({@link NumberedTriples}).
 */
final class UnionGraph extends GraphBase {
    private static final int S = 0, P = 1, O = 2;

    /** The terms by number, as bytes in scratch files: a term read is a new Node (a few recent ones cached). */
    private final MappedTerms terms = new MappedTerms();
    /** The term numbers by the terms' hashes. */
    private final MappedSlots slots = new MappedSlots("term-slots", 0, id -> hash(terms.hashCode(id)));
    /** By role and term number: the last triple with the term in that role (+ 1; 0: none), and how many have it. */
    private final MappedInts[] head = mapped("head"), count = mapped("count");

    // the per-triple numbers are in scratch files, not on the heap (MappedInts)
    /** By role: the term numbers of the triples. */
    private final MappedInts[] column = mapped("column");
    /** By role: the triple before this one with the same term in that role (+ 1; 0: none). */
    private final MappedInts[] next = mapped("next");
    private int size;
    /** By role: the term numbers of the triples kept beside the union ({@link #keepBeside}). */
    private final MappedInts[] beside = mapped("beside");
    private int besideSize;
    /** The positions of the triples of each slice made by {@link #addAll}, one slice after another. */
    private final MappedInts slicePositions = MappedInts.temporary("positions");
    private long slicePositionCount;

    private static MappedInts[] mapped(String name) {
        return new MappedInts[] {MappedInts.temporary(name + "-s"), MappedInts.temporary(name + "-p"), MappedInts.temporary(name + "-o")};
    }

    /** Closes the scratch files once nothing more will be added; what was added stays readable. */
    void closeScratch() {
        for (MappedInts[] byRole : new MappedInts[][] {column, next, beside, head, count}) for (MappedInts m : byRole) m.close();
        slicePositions.close();
        slots.close();
        terms.close();
    }

    // ---- adding (the producer's thread only)

    /** Remembers a term, as if it were in a triple; its number. */
    int remember(Node n) {
        return number(n);
    }

    /**
     * A new, empty part of a graph: what one table mapping or one RDF file adds to it. Only one part is
     * filled at a time, and nothing else is added to the union meanwhile, as its positions go into the
     * slices' list as they come; {@link Part#done} ends it.
     */
    Part newPart() {
        if (open != null) throw new IllegalStateException("a part is still being filled");
        return open = new Part();
    }

    private Part open;

    /**
     * The triples the graph's parts added to the union, each once, as a slice: one part's own
     * positions, or those of several parts joined (a graph that more than one mapping adds to).
     */
    Slice join(java.util.List<Part> parts) {
        if (open != null) throw new IllegalStateException("a part is still being filled");
        if (parts.size() == 1) return parts.get(0).slice();
        long from = slicePositionCount;
        BitSet seen = new BitSet();
        for (Part part : parts) {
            for (long i = part.from; i < part.from + part.count; i++) {
                int position = slicePositions.get(i);
                if (seen.get(position)) continue;
                seen.set(position);
                slicePositions.set(slicePositionCount++, position);
            }
        }
        return new Slice(this, column, slicePositions, from, Math.toIntExact(slicePositionCount - from), terms);
    }

    /**
     * Part of a graph being made: each triple goes into the union as it is added, and the part is the
     * set of their positions, so a table's graph is never held as a Jena graph. Later mappings query it
     * through the union's indexes, keeping only the part's triples.
     */
    final class Part extends GraphBase {
        private final BitSet members = new BitSet();
        private final long from = slicePositionCount;
        private int count;

        @Override
        public void performAdd(Triple t) {
            if (open != this) throw new IllegalStateException("this part is done");
            int position = append(t);
            if (members.get(position)) return;
            members.set(position);
            slicePositions.set(slicePositionCount++, position);
            count++;
        }

        /** Nothing more will be added to this part. */
        void done() {
            if (open == this) open = null;
        }

        private Slice slice() {
            return new Slice(UnionGraph.this, column, slicePositions, from, count, terms);
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            return findAmong(pattern, members);
        }

        @Override
        protected int graphBaseSize() {
            return count;
        }
    }

    /** Adds the triples of {@code g} (those already here are kept once) and returns them as a slice of this union. */
    Slice addAll(Graph g) {
        if (open != null) throw new IllegalStateException("a part is still being filled");
        long from = slicePositionCount;
        for (var it = g.find(); it.hasNext(); ) slicePositions.set(slicePositionCount++, append(it.next()));
        return new Slice(this, column, slicePositions, from, Math.toIntExact(slicePositionCount - from), terms);
    }

    /**
     * Keeps the triples that {@code make} adds to the graph it is given, with this union's term
     * numbers but outside the union (not found by its patterns, not counted in its size), each once,
     * and returns them as a slice: for a graph made from the union (the derived graph), written but
     * not validated with it. They are kept as they are added, so they are never held as a Jena graph.
     */
    Slice keepBeside(Consumer<Graph> make) {
        int first = besideSize;
        BesideSink sink = new BesideSink(first);
        make.accept(sink);
        sink.kept.close();
        return new Slice(this, beside, null, first, besideSize - first, terms);
    }

    /** Takes added triples into the columns beside the union, skipping one added before. */
    private final class BesideSink extends GraphBase {
        private final int first;
        /** The positions of the triples added through this sink, by the hash of their numbers: a scratch file, as it grows with the triples. */
        private final MappedSlots kept;

        BesideSink(int first) {
            this.first = first;
            this.kept = new MappedSlots("beside-slots", first, position -> hash(besideId(S, position), besideId(P, position), besideId(O, position)));
        }

        @Override
        public void performAdd(Triple t) {
            int s = number(t.getSubject()), p = number(t.getPredicate()), o = number(t.getObject());
            long slot = kept.slot(hash(s, p, o), k -> besideId(S, k) == s && besideId(P, k) == p && besideId(O, k) == o);
            if (kept.entry(slot) >= 0) return;
            beside[S].set(besideSize, s);
            beside[P].set(besideSize, p);
            beside[O].set(besideSize, o);
            kept.put(slot, besideSize++);
        }

        private static long hash(int s, int p, int o) {
            return ContentHash.mix(ContentHash.mix(s * 0x9E3779B97F4A7C15L + p) * 0xC2B2AE3D27D4EB4FL + o);
        }

        private int besideId(int role, int position) {
            return beside[role].get(position);
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            throw new UnsupportedOperationException("triples kept beside the union are read from the slice");
        }

        @Override
        protected int graphBaseSize() {
            return besideSize - first;
        }
    }

    private int append(Triple t) {
        int s = number(t.getSubject()), p = number(t.getPredicate()), o = number(t.getObject());
        int known = position(s, p, o);
        if (known >= 0) return known;
        int[] ids = {s, p, o};
        for (int role = S; role <= O; role++) {
            int id = ids[role];
            column[role].set(size, id);
            next[role].set(size, head[role].get(id));
            head[role].set(id, size + 1);
            count[role].set(id, count[role].get(id) + 1);
        }
        return size++;
    }

    /** The number of a term, numbering it if it is new. */
    private int number(Node n) {
        if (!n.isConcrete()) throw new IllegalArgumentException("not a term: " + n);
        long slot = slotOf(n);
        int kept = slots.entry(slot);
        if (kept >= 0) return kept;
        int id = terms.add(n);
        slots.put(slot, id);
        return id;
    }

    /** The slot of the term, or the free slot where it would go. */
    private long slotOf(Node n) {
        int hashCode = n.hashCode();
        return slots.slot(hash(hashCode), kept -> terms.hashCode(kept) == hashCode && term(kept).equals(n));
    }

    private static long hash(int nodeHashCode) {
        return ContentHash.mix(nodeHashCode);
    }

    // ---- reading

    private Node term(int id) {
        return terms.get(id);
    }

    private int known(Node n) {
        return slots.entry(slotOf(n));
    }

    /** The number of a term remembered, or -1. */
    int numberOf(Node n) {
        return n.isConcrete() ? known(n) : -1;
    }

    private int id(int role, int position) {
        return column[role].get(position);
    }

    /** The position of the triple (s, p, o), or -1. */
    private int position(int s, int p, int o) {
        int[] ids = {s, p, o};
        int role = shortest(ids);
        for (int i = head[role].get(ids[role]); i != 0; i = earlierWithSame(role, i - 1)) {
            if (id(S, i - 1) == s && id(P, i - 1) == p && id(O, i - 1) == o) return i - 1;
        }
        return -1;
    }

    private int earlierWithSame(int role, int position) {
        return next[role].get(position);
    }

    /** The fixed role (id ≥ 0) whose chain is the shortest; -1 if no role is fixed. */
    private int shortest(int[] ids) {
        int best = -1;
        for (int role = S; role <= O; role++) {
            if (ids[role] >= 0 && (best < 0 || count[role].get(ids[role]) < count[best].get(ids[best]))) best = role;
        }
        return best;
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        return findAmong(pattern, null);
    }

    /** The triples matching the pattern, of those whose positions are {@code members} (null: all). */
    private ExtendedIterator<Triple> findAmong(Triple pattern, BitSet members) {
        Node[] fixed = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
        int[] ids = {-1, -1, -1};
        for (int role = S; role <= O; role++) {
            if (fixed[role] == null || !fixed[role].isConcrete()) continue;
            ids[role] = known(fixed[role]);
            if (ids[role] < 0) return NiceIterator.emptyIterator(); // a term not here is in no triple
        }
        return new Matches(fixed, ids, shortest(ids), members);
    }

    @Override
    protected int graphBaseSize() {
        return size;
    }

    /** The triples with the fixed ids, walking the chain of {@code role}, or all triples if no role is fixed. */
    private final class Matches extends NiceIterator<Triple> {
        /** The pattern's terms: a fixed role's term is the caller's own object, not one read back. */
        private final Node[] fixed;
        private final int[] ids;
        private final int role;
        private final BitSet members;
        /** The next candidate position + 1 (0: none) when walking a chain, else the next position. */
        private int at;
        private int found = -1;

        Matches(Node[] fixed, int[] ids, int role, BitSet members) {
            this.fixed = fixed;
            this.ids = ids;
            this.role = role;
            this.members = members;
            this.at = role < 0 ? 0 : head[role].get(ids[role]);
        }

        @Override
        public boolean hasNext() {
            while (found < 0) {
                int candidate;
                if (role < 0) {
                    if (at >= size) return false;
                    candidate = at++;
                } else {
                    if (at == 0) return false;
                    candidate = at - 1;
                    at = earlierWithSame(role, candidate);
                }
                if (matches(candidate)) found = candidate;
            }
            return true;
        }

        private boolean matches(int position) {
            if (members != null && !members.get(position)) return false;
            for (int r = S; r <= O; r++) if (ids[r] >= 0 && id(r, position) != ids[r]) return false;
            return true;
        }

        @Override
        public Triple next() {
            if (!hasNext()) throw new NoSuchElementException();
            int position = found;
            found = -1;
            return Triple.create(read(S, position), read(P, position), read(O, position));
        }

        private Node read(int role, int position) {
            return ids[role] >= 0 ? fixed[role] : term(id(role, position));
        }
    }

    /**
     * One finished graph: the positions of its triples in the union (or beside it). Read whole (to write, hash and
     * count it); a pattern is answered by a scan. Safe to read on another thread than the union's
     * producer once handed over: it reads only chunks that were filled before it was made.
     */
    static final class Slice extends GraphBase implements NumberedTriples {
        private final UnionGraph union;
        private final MappedInts[] column;
        /** Where the positions of this slice's triples in {@code column} are, from {@code from}; null: they are from, from + 1… */
        private final MappedInts positions;
        private final long from;
        private final int count;
        private final MappedTerms terms;

        private Slice(UnionGraph union, MappedInts[] column, MappedInts positions, long from, int count, MappedTerms terms) {
            this.union = union;
            this.column = column;
            this.positions = positions;
            this.from = from;
            this.count = count;
            this.terms = terms;
        }

        private long position(int i) {
            return positions == null ? from + i : positions.get(from + i);
        }

        @Override public Object numbering() { return union; }

        @Override public int tripleCount() { return count; }

        @Override public int term(int i, int role) {
            return column[role].get(position(i));
        }

        @Override public Node node(int number) { return terms.get(number); }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
            Node[] fixed = {pattern.getSubject(), pattern.getPredicate(), pattern.getObject()};
            for (int role = S; role <= O; role++) if (fixed[role] != null && !fixed[role].isConcrete()) fixed[role] = null;
            return new NiceIterator<>() {
                private int at = 0;
                private Triple found;

                @Override
                public boolean hasNext() {
                    while (found == null && at < count) {
                        int i = at++;
                        Node s = node(term(i, S)), p = node(term(i, P)), o = node(term(i, O));
                        if (same(fixed[S], s) && same(fixed[P], p) && same(fixed[O], o)) found = Triple.create(s, p, o);
                    }
                    return found != null;
                }

                @Override
                public Triple next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    Triple t = found;
                    found = null;
                    return t;
                }
            };
        }

        /** Term equality, as the in-memory graph: Node.matches would take "01"^^xsd:integer for "1". */
        private static boolean same(Node fixed, Node term) {
            return fixed == null || fixed.equals(term);
        }

        @Override
        protected int graphBaseSize() {
            return count;
        }
    }
}
