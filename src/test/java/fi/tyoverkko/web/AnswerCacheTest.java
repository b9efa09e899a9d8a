package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The answer cache keeps recently used answers within its budget and leaves out answers too big for it. */
class AnswerCacheTest {
    @Test void leastRecentlyUsedAnswersGoFirst_whenTheBudgetIsSpent() {
        AnswerCache c = new AnswerCache(300, 200);
        c.put("a", new byte[100]);
        c.put("b", new byte[100]);
        c.put("c", new byte[100]);
        assertNotNull(c.get("a")); // a is now more recent than b
        c.put("d", new byte[100]);
        assertNull(c.get("b"), "the least recently used answer should have gone");
        assertNotNull(c.get("a"));
        assertNotNull(c.get("c"));
        assertNotNull(c.get("d"));
        assertEquals(300, c.usedBytes());
    }

    @Test void anAnswerOverTheLimit_isNotKept_andReplacingAnAnswerCountsOnce() {
        AnswerCache c = new AnswerCache(1000, 200);
        c.put("big", new byte[201]);
        assertNull(c.get("big"));
        c.put("k", new byte[150]);
        c.put("k", new byte[50]);
        assertEquals(50, c.usedBytes());
    }

    @Test void sizedByTheHeap_aServerWithOneGibibyteKeepsAnswersOfTwentyMegabytes() {
        AnswerCache c = AnswerCache.forHeap(1L << 30);
        c.put("network", new byte[20 << 20]);
        assertNotNull(c.get("network"));
        c.put("huge", new byte[30 << 20]);
        assertNull(c.get("huge"));
        AnswerCache small = AnswerCache.forHeap(64L << 20);
        small.put("network", new byte[2 << 20]);
        assertNull(small.get("network"), "a 64 MB heap should not keep a 2 MB answer");
        assertTrue(small.usedBytes() == 0);
    }
}
