package fi.tyoverkko.store;

import java.util.Arrays;

/**
 * Tuples of a fixed number of longs, kept one after another in one growing array (no object per
 * tuple), that can be sorted in place. The order is the unsigned, column by column order in which
 * TDB2's B+trees compare their keys as big-endian bytes.
 */
final class LongTuples {
    private final int width;
    private long[] data;
    private int size;

    LongTuples(int width, int capacity) {
        this.width = width;
        this.data = new long[Math.max(1, capacity) * width];
    }

    int width() { return width; }

    int size() { return size; }

    long get(int tuple, int column) { return data[tuple * width + column]; }

    void add(long... values) {
        if (values.length != width) throw new IllegalArgumentException("a tuple of " + width + " expected");
        if ((size + 1) * (long) width > data.length) {
            long grown = Math.min((long) data.length * 3 / 2 + width, Integer.MAX_VALUE - 8);
            if (grown < (size + 1) * (long) width) throw new IllegalStateException("too many tuples for one array: " + size);
            data = Arrays.copyOf(data, (int) grown);
        }
        System.arraycopy(values, 0, data, size * width, width);
        size++;
    }

    /** Sorts the tuples in unsigned order, first column first. */
    void sort() {
        // flipping the sign bit makes signed comparison give the unsigned order; flipped back after
        for (int i = 0; i < size * width; i++) data[i] ^= Long.MIN_VALUE;
        quicksort(0, size - 1, new long[width]);
        for (int i = 0; i < size * width; i++) data[i] ^= Long.MIN_VALUE;
    }

    private void quicksort(int lo, int hi, long[] pivot) {
        while (hi - lo > 16) {
            System.arraycopy(data, medianOfThree(lo, (lo + hi) >>> 1, hi) * width, pivot, 0, width);
            int i = lo, j = hi; // Hoare partition: tuples equal to the pivot spread over both sides
            while (i <= j) {
                while (compareToPivot(i, pivot) < 0) i++;
                while (compareToPivot(j, pivot) > 0) j--;
                if (i <= j) swap(i++, j--);
            }
            // recurse into the smaller part, loop on the larger: the stack stays logarithmic
            if (j - lo < hi - i) {
                quicksort(lo, j, pivot);
                lo = i;
            } else {
                quicksort(i, hi, pivot);
                hi = j;
            }
        }
        for (int i = lo + 1; i <= hi; i++)
            for (int j = i; j > lo && compare(j - 1, j) > 0; j--) swap(j - 1, j);
    }

    private int medianOfThree(int a, int b, int c) {
        if (compare(a, b) > 0) { int t = a; a = b; b = t; }
        if (compare(b, c) > 0) { b = c; if (compare(a, b) > 0) b = a; }
        return b;
    }

    private int compare(int a, int b) {
        for (int c = 0, x = a * width, y = b * width; c < width; c++) {
            int r = Long.compare(data[x + c], data[y + c]);
            if (r != 0) return r;
        }
        return 0;
    }

    private int compareToPivot(int a, long[] pivot) {
        for (int c = 0, x = a * width; c < width; c++) {
            int r = Long.compare(data[x + c], pivot[c]);
            if (r != 0) return r;
        }
        return 0;
    }

    private void swap(int a, int b) {
        for (int c = 0, x = a * width, y = b * width; c < width; c++) {
            long t = data[x + c];
            data[x + c] = data[y + c];
            data[y + c] = t;
        }
    }
}
