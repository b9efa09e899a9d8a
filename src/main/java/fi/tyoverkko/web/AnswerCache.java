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
