package fi.tyoverkko.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer cache keeps recently used answers within its budget and leaves out answers too big for it. */
class AnswerCacheTest {
    @Test void leastRecentlyUsedAnswersGoFirst_whenTheBudgetIsSpent() {
        AnswerCache c = new AnswerCache(300, 200);
        c.put("a", bytes(100));
        c.put("b", bytes(100));
        c.put("c", bytes(100));
        assertNotNull(c.get("a")); // a is now more recent than b
        c.put("d", bytes(100));
        assertNull(c.get("b"), "the least recently used answer should have gone");
        assertNotNull(c.get("a"));
        assertNotNull(c.get("c"));
        assertNotNull(c.get("d"));
        assertEquals(300, c.usedBytes());
    }

    @Test void anAnswerOverTheLimit_isNotKept_andReplacingAnAnswerCountsOnce() {
        AnswerCache c = new AnswerCache(1000, 200);
        c.put("big", bytes(201));
        assertNull(c.get("big"));
        c.put("k", bytes(150));
        c.put("k", bytes(50));
        assertEquals(50, c.usedBytes());
    }

    @Test void sizedByTheHeap_aServerWithOneGibibyteKeepsAnswersOfTwentyMegabytes() {
        AnswerCache c = AnswerCache.forHeap(1L << 30);
        c.put("network", bytes(20 << 20));
        assertNotNull(c.get("network"));
        c.put("huge", bytes(30 << 20));
        assertNull(c.get("huge"));
        AnswerCache small = AnswerCache.forHeap(64L << 20);
        small.put("network", bytes(2 << 20));
        assertNull(small.get("network"), "a 64 MB heap should not keep a 2 MB answer");
        assertTrue(small.usedBytes() == 0);
    }

    private static AnswerCache.Answer bytes(int size) { return new AnswerCache.Answer(new byte[size], size); }

    @Test void anAnswerIsKeptCompressed_andExpandsToWhatWasWritten() throws Exception {
        byte[] text = "organisation,name\n".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        AnswerCache.Answer a = AnswerCache.Answer.of(out -> {
            try {
                out.write(text, 0, 7);
                out.write(text[7]);
                out.write(text, 8, text.length - 8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(text.length, a.length());
        assertTrue(a.gzip().length < text.length / 10, "compressed to " + a.gzip().length + " of " + text.length);
        var plain = new java.io.ByteArrayOutputStream();
        a.writePlain(plain);
        assertArrayEquals(text, plain.toByteArray());
    }

    @Test void clientsAskingTogether_runTheQueryOnce_andAFailureReachesThemAll() throws Exception {
        AnswerCache c = new AnswerCache(1000, 1000);
        var computing = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var runs = new java.util.concurrent.atomic.AtomicInteger();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var first = pool.submit(() -> c.get("q", () -> {
                runs.incrementAndGet();
                computing.countDown();
                await(release);
                return bytes(10);
            }));
            computing.await();
            List<java.util.concurrent.Future<AnswerCache.Answer>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) others.add(pool.submit(() -> c.get("q", () -> { runs.incrementAndGet(); return bytes(20); })));
            Thread.sleep(200); // let the others reach the running computation
            release.countDown();
            assertEquals(10, first.get().length());
            for (var f : others) assertEquals(10, f.get().length(), "the others got the first one's answer");
            assertEquals(1, runs.get());

            var failing = new java.util.concurrent.CountDownLatch(1);
            var fail = pool.submit(() -> c.get("bad", () -> { await(failing); throw new IllegalStateException("query failed"); }));
            Thread.sleep(100);
            var waiter = pool.submit(() -> c.get("bad", () -> bytes(1)));
            Thread.sleep(100);
            failing.countDown();
            var e1 = assertThrows(java.util.concurrent.ExecutionException.class, fail::get);
            assertTrue(e1.getCause() instanceof IllegalStateException);
            // the waiter either shared the failure or, if it came after, ran the query itself
            try {
                assertEquals(1, waiter.get().length());
            } catch (java.util.concurrent.ExecutionException e2) {
                assertTrue(e2.getCause() instanceof IllegalStateException, e2.toString());
            }
            assertNull(c.get("bad"), "a failure is not kept");
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(java.util.concurrent.CountDownLatch l) {
        try {
            l.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
