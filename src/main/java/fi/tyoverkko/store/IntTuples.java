package fi.tyoverkko.store;

import java.util.Arrays;

/**
 * Tuples of a fixed number of small ints (term numbers), kept one after another in a
 * memory-mapped scratch file ({@link MappedInts}: they grow with the input, 16 bytes a quad),
 * with a radix sort: sorting millions of quads in six column orders is most of a bulk load's work,
 * and a counting sort per column costs a few passes over the data instead of the n log n tuple
 * comparisons of a comparison sort.
 */
final class IntTuples {
    private final int width;
    private final MappedInts data;
    private int size;

    IntTuples(int width) {
        this.width = width;
        this.data = MappedInts.temporary("tuples");
    }

    int size() { return size; }

    int get(int tuple, int column) { return data.get((long) tuple * width + column); }

    void add(int a, int b, int c, int d) {
        if (width != 4) throw new IllegalStateException("tuples of " + width + ", not 4");
        if (size == Integer.MAX_VALUE) throw new IllegalStateException("too many tuples: " + size);
        long at = (long) size * width;
        data.set(at, a);
        data.set(at + 1, b);
        data.set(at + 2, c);
        data.set(at + 3, d);
        size++;
    }

    /** Closes the scratch file once all tuples are added; they stay readable. */
    void close() { data.close(); }

    /**
     * The tuple numbers in the order of their keys: column {@code columns[0]} first, then
     * {@code columns[1]}, and so on, each value compared by {@code rank.get(value)} (0 ≤ rank <
     * ranks). A least-significant-column-first radix sort: one stable counting sort per column.
     * The order is in one of the two scratch arrays given (the other is used while sorting), which
     * a thread can use again for its next sort; the counts are in a third, as they are as many as
     * the terms (at 9 M triples, 2 M terms: 8 MB a thread as an int array on the heap).
     */
    MappedInts order(int[] columns, MappedInts rank, int ranks, MappedInts order, MappedInts next, MappedInts count) {
        for (int i = 0; i < size; i++) order.set(i, i);
        for (int k = columns.length - 1; k >= 0; k--) {
            int column = columns[k];
            for (int b = 0; b <= ranks; b++) count.set(b, 0);
            for (int t = 0; t < size; t++) {
                int b = rank.get(get(t, column)) + 1;
                count.set(b, count.get(b) + 1);
            }
            for (int b = 1; b <= ranks; b++) count.set(b, count.get(b) + count.get(b - 1));
            for (int i = 0; i < size; i++) {
                int t = order.get(i), b = rank.get(get(t, column)), at = count.get(b);
                count.set(b, at + 1);
                next.set(at, t);
            }
            MappedInts swap = order;
            order = next;
            next = swap;
        }
        return order;
    }
}
