package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hash table the build numbers its terms, triples and node records with. */
class MappedSlotsTest {
    /** A poor hash on purpose: keys collide in runs, and growing must keep every entry findable. */
    private static long hash(long key) {
        return key % 1000;
    }

    @Test void everyEntryPut_isFoundByItsKey_throughGrowing_andOthersAreNot() {
        List<Long> keys = new ArrayList<>();
        MappedSlots slots = new MappedSlots("test-slots", 7, e -> hash(keys.get(e - 7)));
        Random random = new Random(3);
        for (int e = 7; e < 7 + 50_000; e++) { // past many doublings of the first 4096 slots
            long key = random.nextLong() & Long.MAX_VALUE;
            long slot = slots.slot(hash(key), k -> keys.get(k - 7) == key);
            if (slots.entry(slot) >= 0) { // the same key twice: found, not put again
                e--;
                continue;
            }
            keys.add(key);
            slots.put(slot, e);
        }
        for (int i = 0; i < keys.size(); i++) {
            long key = keys.get(i);
            assertEquals(i + 7, slots.entry(slots.slot(hash(key), k -> keys.get(k - 7) == key)));
        }
        for (long absent : new long[] {-1, -2, -1000}) {
            assertEquals(-1, slots.entry(slots.slot(hash(absent), k -> keys.get(k - 7) == absent)));
        }
        long free = slots.slot(hash(-5), k -> false);
        assertThrows(IllegalArgumentException.class, () -> slots.put(free, 7 + keys.size() + 1), "entries come in order");
        slots.close();
        assertEquals(7, slots.entry(slots.slot(hash(keys.get(0)), k -> keys.get(k - 7).equals(keys.get(0)))), "readable after close");
    }
}
