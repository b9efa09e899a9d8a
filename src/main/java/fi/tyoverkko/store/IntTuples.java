package fi.tyoverkko.store;

import java.util.Arrays;

/**
 * Tuples of a fixed number of small ints (term numbers), kept one after another in one growing
 * array, with a radix sort: sorting millions of quads in six column orders is most of a bulk
 * load's work, and a counting sort per column costs a few passes over the data instead of the
 * n log n tuple comparisons of a comparison sort.
 */
final class IntTuples {
    private final int width;
    private int[] data;
    private int size;

    IntTuples(int width, int capacity) {
        this.width = width;
        this.data = new int[Math.max(1, capacity) * width];
    }

    int size() { return size; }

    int get(int tuple, int column) { return data[tuple * width + column]; }

    void add(int a, int b, int c, int d) {
        if (width != 4) throw new IllegalStateException("tuples of " + width + ", not 4");
        if ((size + 1) * (long) width > data.length) {
            long grown = Math.min((long) data.length * 3 / 2 + width, Integer.MAX_VALUE - 8);
            if (grown < (size + 1) * (long) width) throw new IllegalStateException("too many tuples for one array: " + size);
            data = Arrays.copyOf(data, (int) grown);
        }
        int at = size * width;
        data[at] = a;
        data[at + 1] = b;
        data[at + 2] = c;
        data[at + 3] = d;
        size++;
    }

    /**
     * The tuple numbers in the order of their keys: column {@code columns[0]} first, then
     * {@code columns[1]}, and so on, each value compared by {@code rank[value]} (0 ≤ rank <
     * rank.length). A least-significant-column-first radix sort: one stable counting sort per column.
     */
    int[] order(int[] columns, int[] rank) {
        int[] order = new int[size], next = new int[size];
        for (int i = 0; i < size; i++) order[i] = i;
        int[] count = new int[rank.length + 1];
        for (int k = columns.length - 1; k >= 0; k--) {
            int column = columns[k];
            Arrays.fill(count, 0);
            for (int t = 0; t < size; t++) count[rank[data[t * width + column]] + 1]++;
            for (int b = 1; b < count.length; b++) count[b] += count[b - 1];
            for (int i = 0; i < size; i++) {
                int t = order[i];
                next[count[rank[data[t * width + column]]]++] = t;
            }
            int[] swap = order;
            order = next;
            next = swap;
        }
        return order;
    }
}
