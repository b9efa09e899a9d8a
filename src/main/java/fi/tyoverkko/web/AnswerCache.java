package fi.tyoverkko.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Answers of named queries, kept by the knowledge base's version, the query, its parameters and
 * the format: until a build changes the data, the same question is answered from memory. Answers
 * are kept gzip-compressed (query results shrink about tenfold), sent so to clients that accept
 * it and expanded for the others. Requests for an answer being computed wait for it instead of
 * running the query again. Least recently used answers go first once the budget is spent; answers
 * too big for it are not kept.
 */
final class AnswerCache {
    /** An answer: its gzip-compressed bytes and its length uncompressed. */
    record Answer(byte[] gzip, long length) {
        /**
         * Compresses what {@code writer} writes, without holding the uncompressed answer in memory.
         * At the strongest level: an answer is compressed once and sent many times, and at 10 M
         * triples the network answer (79 MB of SPARQL JSON) is a third smaller than at the fastest
         * level, which is what its latency at 16 clients was spent on.
         */
        static Answer of(Consumer<OutputStream> writer) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            long[] length = {0};
            try (GZIPOutputStream gz = new GZIPOutputStream(compressed, 1 << 16) {{ def.setLevel(Deflater.BEST_COMPRESSION); }}) {
                writer.accept(new FilterOutputStream(gz) {
                    @Override public void write(int b) throws IOException { out.write(b); length[0]++; }
                    @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); length[0] += len; }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Answer(compressed.toByteArray(), length[0]);
        }

        /** Writes the answer uncompressed. */
        void writePlain(OutputStream out) throws IOException {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16)) {
                in.transferTo(out);
            }
        }
    }

    private final long budgetBytes;
    private final int largestBytes;
    private long used;
    private final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<Answer>> inFlight = new ConcurrentHashMap<>();

    AnswerCache(long budgetBytes, int largestBytes) {
        this.budgetBytes = budgetBytes;
        this.largestBytes = largestBytes;
    }

    /**
     * A fifth of the heap, compressed answers up to a fortieth of it (1 GiB: 205 MB, answers up
     * to 26 MB compressed). A fixed 4 MB limit on uncompressed answers left the network and
     * municipal statistics of a 1 M-triple knowledge base uncached, so every request ran them again.
     */
    static AnswerCache forHeap(long maxHeapBytes) {
        return new AnswerCache(maxHeapBytes / 5, (int) Math.min(maxHeapBytes / 40, Integer.MAX_VALUE - 8));
    }

    /** The kept answer, or the one {@code compute} makes (once, however many ask at the same time). */
    Answer get(String key, Supplier<Answer> compute) {
        Answer kept = get(key);
        if (kept != null) return kept;
        CompletableFuture<Answer> mine = new CompletableFuture<>();
        CompletableFuture<Answer> running = inFlight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException e) {
                // the query failed for the one who ran it: fail the same way here
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw e;
            }
        }
        try {
            Answer a = compute.get();
            put(key, a);
            mine.complete(a);
            return a;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    synchronized Answer get(String key) { return answers.get(key); }

    synchronized void put(String key, Answer answer) {
        int size = answer.gzip().length;
        if (size > largestBytes) return;
        Answer old = answers.put(key, answer);
        used += size - (old == null ? 0 : old.gzip().length);
        var it = answers.entrySet().iterator();
        while (used > budgetBytes && it.hasNext()) {
            Map.Entry<String, Answer> eldest = it.next();
            used -= eldest.getValue().gzip().length;
            it.remove();
        }
    }

    synchronized long usedBytes() { return used; }
}
