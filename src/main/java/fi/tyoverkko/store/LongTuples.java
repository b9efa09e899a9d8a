package fi.tyoverkko.store;

/**
 * Tuples of a fixed number of longs, kept one after another in a memory-mapped scratch file
 * ({@link MappedInts}; no object per tuple, nothing on the heap), that can be sorted in place. The order is the unsigned, column by column order in which
 * TDB2's B+trees compare their keys as big-endian bytes.
 */
final class LongTuples {
    private final int width;
    private final MappedInts data;
    private int size;

    LongTuples(int width) {
        this.width = width;
        this.data = MappedInts.temporary("long-tuples");
    }

    int width() { return width; }

    int size() { return size; }

    long get(int tuple, int column) { return data.getLong((long) tuple * width + column); }

    private void set(int tuple, int column, long value) { data.setLong((long) tuple * width + column, value); }

    void add(long... values) {
        if (values.length != width) throw new IllegalArgumentException("a tuple of " + width + " expected");
        if (size == Integer.MAX_VALUE) throw new IllegalStateException("too many tuples: " + size);
        for (int c = 0; c < width; c++) set(size, c, values[c]);
        size++;
    }

    /** Closes the scratch file; the tuples stay readable until the garbage collector unmaps it. */
    void close() { data.close(); }

    /** Sorts the tuples in unsigned order, first column first. */
    void sort() {
        // flipping the sign bit makes signed comparison give the unsigned order; flipped back after
        flipSigns();
        quicksort(0, size - 1, new long[width]);
        flipSigns();
    }

    private void flipSigns() {
        for (int t = 0; t < size; t++) for (int c = 0; c < width; c++) set(t, c, get(t, c) ^ Long.MIN_VALUE);
    }

    private void quicksort(int lo, int hi, long[] pivot) {
        while (hi - lo > 16) {
            int median = medianOfThree(lo, (lo + hi) >>> 1, hi);
            for (int c = 0; c < width; c++) pivot[c] = get(median, c);
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
        for (int c = 0; c < width; c++) {
            int r = Long.compare(get(a, c), get(b, c));
            if (r != 0) return r;
        }
        return 0;
    }

    private int compareToPivot(int a, long[] pivot) {
        for (int c = 0; c < width; c++) {
            int r = Long.compare(get(a, c), pivot[c]);
            if (r != 0) return r;
        }
        return 0;
    }

    private void swap(int a, int b) {
        for (int c = 0; c < width; c++) {
            long t = get(a, c);
            set(a, c, get(b, c));
            set(b, c, t);
        }
    }
}
