package fi.tyoverkko.store;

import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * A hash table over entries numbered {@code first}, {@code first + 1}… whose keys the caller
 * keeps elsewhere (terms, triples, node records): open addressing in a {@link MappedInts} scratch
 * file, at most half full, each slot holding an entry's number + 1 (0: free). The caller gives
 * well-spread hashes (the low bits pick the slot): of each entry, for growing, and of a key, with
 * a test of whether an entry holds it, for a lookup.
 */
public final class MappedSlots {
    private final String name;
    private final int first;
    private final IntToLongFunction hashOf;
    private MappedInts slots;
    private long slotCount = 1 << 12;
    /** The number the next entry put must have. */
    private int next;

    /** An empty table for entries numbered from {@code first} on; {@code hashOf} gives an entry's hash. */
    public MappedSlots(String name, int first, IntToLongFunction hashOf) {
        this.name = name;
        this.first = first;
        this.next = first;
        this.hashOf = hashOf;
        this.slots = MappedInts.temporary(name);
    }

    /** The slot of the entry whose key has this hash and passes {@code holdsKey}, or the free slot where it would go. */
    public long slot(long hash, IntPredicate holdsKey) {
        long mask = slotCount - 1;
        for (long slot = hash & mask; ; slot = (slot + 1) & mask) {
            int kept = slots.get(slot);
            if (kept == 0 || holdsKey.test(kept - 1)) return slot;
        }
    }

    /** The entry in a slot that {@link #slot} gave: -1 if the slot is free. */
    public int entry(long slot) {
        return slots.get(slot) - 1;
    }

    /** Puts the next entry into the free slot that {@link #slot} gave for its key. */
    public void put(long slot, int entry) {
        if (entry != next) throw new IllegalArgumentException("entry " + entry + " put where " + next + " was next");
        slots.set(slot, entry + 1);
        next++;
        if ((long) (next - first) * 2 > slotCount) grow();
    }

    private void grow() {
        slots.close();
        slots = MappedInts.temporary(name);
        slotCount *= 2;
        long mask = slotCount - 1;
        for (int e = first; e < next; e++) {
            long slot = hashOf.applyAsLong(e) & mask;
            while (slots.get(slot) != 0) slot = (slot + 1) & mask;
            slots.set(slot, e + 1);
        }
    }

    /** Closes the scratch file; what was put stays readable (see {@link MappedInts#close}). */
    public void close() {
        slots.close();
    }
}
