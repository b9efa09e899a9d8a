package fi.tyoverkko.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of named queries, kept by the knowledge base's version, the query, its parameters and
 * the format: until a build changes the data, the same question is answered from memory. Least
 * recently used answers go first once the budget is spent; big answers are not kept.
 */
final class AnswerCache {
    private final long budgetBytes;
    private final int largestBytes;
    private long used;
    private final LinkedHashMap<String, byte[]> answers = new LinkedHashMap<>(256, 0.75f, true);

    AnswerCache(long budgetBytes, int largestBytes) {
        this.budgetBytes = budgetBytes;
        this.largestBytes = largestBytes;
    }

    /**
     * A fifth of the heap, answers up to a fortieth of it (1 GiB: 205 MB, answers up to 26 MB).
     * A fixed 4 MB limit left the network and municipal statistics of a 1 M-triple knowledge base
     * uncached, so every request ran them again for seconds.
     */
    static AnswerCache forHeap(long maxHeapBytes) {
        return new AnswerCache(maxHeapBytes / 5, (int) Math.min(maxHeapBytes / 40, Integer.MAX_VALUE - 8));
    }

    synchronized long usedBytes() { return used; }

    synchronized byte[] get(String key) { return answers.get(key); }

    synchronized void put(String key, byte[] answer) {
        if (answer.length > largestBytes) return;
        byte[] old = answers.put(key, answer);
        used += answer.length - (old == null ? 0 : old.length);
        var it = answers.entrySet().iterator();
        while (used > budgetBytes && it.hasNext()) {
            Map.Entry<String, byte[]> eldest = it.next();
            used -= eldest.getValue().length;
            it.remove();
        }
    }
}
