package fi.tyoverkko.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappedIntsTest {
    private static final int SEGMENT = 1 << 18; // ints in a 1 MiB segment

    @TempDir
    Path dir;

    @Test
    void valuesReadBackAcrossSegments_unsetOnesAreZero() {
        MappedInts ints = MappedInts.in(dir, "test");
        assertEquals(0, ints.get(5L * SEGMENT), "nothing mapped yet");
        Random r = new Random(3);
        int[] expected = new int[3 * SEGMENT + 17];
        for (int i = 0; i < expected.length; i += 1 + r.nextInt(5)) {
            expected[i] = r.nextInt();
            ints.set(i, expected[i]);
        }
        for (int i = 0; i < expected.length; i++) assertEquals(expected[i], ints.get(i), "index " + i);
        assertEquals(4L * SEGMENT * Integer.BYTES, ints.mappedBytes());
        // a set far ahead maps the segments between, which read 0
        ints.set(6L * SEGMENT + 1, 42);
        assertEquals(42, ints.get(6L * SEGMENT + 1));
        assertEquals(0, ints.get(5L * SEGMENT));
        ints.close();
        assertEquals(expected[expected.length - 17], ints.get(expected.length - 17), "still readable after close");
    }

    @Test
    void longsReadBackWhole_signAndHighBitsIncluded() {
        MappedInts longs = MappedInts.in(dir, "test");
        long[] values = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0000L, 0xFFFF_FFFFL, 0x1234_5678_9ABC_DEF0L};
        for (int i = 0; i < values.length; i++) longs.setLong(i * 100_003L, values[i]); // across segments too
        for (int i = 0; i < values.length; i++) assertEquals(values[i], longs.getLong(i * 100_003L), "long " + i);
    }

    @Test
    void theScratchFileLeavesNoNameBehind() throws IOException {
        MappedInts ints = MappedInts.in(dir, "test");
        ints.set(10, 1);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "the file is unlinked as soon as it is opened");
        }
        assertEquals(1, ints.get(10));
    }

    @Test
    void aMissingDirectoryIsNamedInTheError() {
        Path missing = dir.resolve("no-such-directory");
        StoreException e = assertThrows(StoreException.class, () -> MappedInts.in(missing, "test"));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void anotherThreadReadsWhatWasSetBeforeItWasHandedOver_whileTheArrayGrows() throws Exception {
        MappedInts ints = MappedInts.in(dir, "test");
        for (int i = 0; i < SEGMENT; i++) ints.set(i, i * 7);
        var pool = Executors.newSingleThreadExecutor();
        try {
            Future<Long> sum = pool.submit(() -> {
                long s = 0;
                for (int i = 0; i < SEGMENT; i++) s += ints.get(i);
                return s;
            });
            for (int i = SEGMENT; i < 5 * SEGMENT; i++) ints.set(i, 1); // the writer goes on meanwhile
            long expected = 0;
            for (int i = 0; i < SEGMENT; i++) expected += i * 7;
            assertEquals(expected, sum.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
