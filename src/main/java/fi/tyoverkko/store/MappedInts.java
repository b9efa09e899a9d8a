package fi.tyoverkko.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A growing array of ints kept in a memory-mapped scratch file instead of on the Java heap: the
 * build's per-triple numbers (the union's columns, the writer's quads) grow with the input, and
 * mapped pages are the operating system's to keep in memory or write back to the file, as TDB2's
 * own files are. So the heap a build needs grows only with its distinct terms.
 * <p>
 * The file is made in a directory ({@code java.io.tmpdir} by default) and removed from it at once
 * (it lives while mapped). Its space is written before it is mapped, so a full disk is a
 * {@link StoreException} naming the file here, not a crash later in a mapped write.
 * <p>
 * Values at indexes never set read 0. A reader on another thread sees what was set before it was
 * handed the array (through a queue or a join): segments are never moved, and the directory of
 * segments is never replaced.
 */
public final class MappedInts {
    // 1 MiB segments: a small build's forty-odd arrays take 40 MB of scratch, not 160
    private static final int SEGMENT_BITS = 18, SEGMENT = 1 << SEGMENT_BITS, MASK = SEGMENT - 1;
    /** 2^31 ints (8 GiB) at most: the build numbers triples and positions with ints. */
    private static final int MAX_SEGMENTS = 1 << 13;
    private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(1 << 16);
    private static final java.util.concurrent.atomic.AtomicLong MAPPED_IN_ALL = new java.util.concurrent.atomic.AtomicLong();

    private final Path file;
    private final FileChannel channel;
    private final IntBuffer[] segments = new IntBuffer[MAX_SEGMENTS];
    private int mapped;

    private MappedInts(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** A new array whose scratch file is in {@code directory}. */
    public static MappedInts in(Path directory, String name) {
        try {
            while (true) {
                Path file = directory.resolve("tyoverkko-" + name + "-" + Long.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".ints");
                try {
                    // made and opened in one call, and DELETE_ON_CLOSE removes the name at once on Linux (the data
                    // lives until unmapped): a build killed here leaves no file behind, as one made first and opened after did
                    return new MappedInts(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE));
                } catch (java.nio.file.FileAlreadyExistsException taken) {
                    // another name
                }
            }
        } catch (IOException e) {
            throw new StoreException("cannot make a scratch file in " + directory + " (-Djava.io.tmpdir chooses where scratch files go): " + e, e);
        }
    }

    /** A new array in {@code java.io.tmpdir}. */
    public static MappedInts temporary(String name) {
        return in(Path.of(System.getProperty("java.io.tmpdir")), name);
    }

    public int get(long index) {
        IntBuffer ints = segments[(int) (index >>> SEGMENT_BITS)];
        return ints == null ? 0 : ints.get((int) (index & MASK)); // beyond what was set: 0
    }

    public void set(long index, int value) {
        int segment = (int) (index >>> SEGMENT_BITS);
        if (segment >= mapped) map(segment);
        segments[segment].put((int) (index & MASK), value);
    }

    /** The long made of the ints at {@code 2 * index} (high half) and {@code 2 * index + 1}: for arrays of longs. */
    public long getLong(long index) {
        return ((long) get(2 * index) << 32) | (get(2 * index + 1) & 0xFFFFFFFFL);
    }

    public void setLong(long index, long value) {
        set(2 * index, (int) (value >>> 32));
        set(2 * index + 1, (int) value);
    }

    /** Maps the segments up to and including {@code last}, writing their space first. */
    private void map(int last) {
        if (last >= MAX_SEGMENTS) throw new IllegalStateException("more than " + ((long) MAX_SEGMENTS << SEGMENT_BITS) + " ints in " + file);
        try {
            for (; mapped <= last; mapped++) {
                long start = (long) mapped * SEGMENT * Integer.BYTES, end = start + (long) SEGMENT * Integer.BYTES;
                for (long at = start; at < end; ) at += channel.write(ZEROS.duplicate(), at);
                MAPPED_IN_ALL.addAndGet(end - start);
                segments[mapped] = channel.map(FileChannel.MapMode.READ_WRITE, start, end - start)
                    .order(ByteOrder.nativeOrder()).asIntBuffer();
            }
        } catch (IOException e) {
            throw new StoreException("cannot extend the scratch file " + file + " (is the disk full? -Djava.io.tmpdir chooses "
                + "where scratch files go): " + e.getMessage(), e);
        }
    }

    /**
     * Collects the arrays no longer referenced, so that their scratch files are unmapped and their
     * disk space freed: for a long-running process after a build. The garbage collector is the only
     * way Java unmaps, and a quiet server may not collect its old generation for hours, keeping each
     * build's scratch (hundreds of MB at 10 M triples) in memory and on disk until then.
     */
    public static void releaseUnreferenced() {
        System.gc();
    }

    /** Bytes of scratch files mapped by this process so far, freed or not: what a build's scratch space grew to. */
    public static long mappedInAll() {
        return MAPPED_IN_ALL.get();
    }

    /** Bytes of scratch file mapped so far. */
    public long mappedBytes() {
        return (long) mapped * SEGMENT * Integer.BYTES;
    }

    /**
     * Closes the file; the mapped pages stay readable until the garbage collector drops them (Java
     * has no other way to unmap), and their disk space is freed then.
     */
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
