package fi.tyoverkko.build;

import fi.tyoverkko.Project;
import fi.tyoverkko.store.BulkLoad;
import fi.tyoverkko.store.GraphTarget;
import fi.tyoverkko.store.MappedInts;
import fi.tyoverkko.store.NumberedTriples;
import fi.tyoverkko.validate.ShapeValidator;
import fi.tyoverkko.validate.Violation;
import fi.tyoverkko.vocab.TV;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;

/**
 * The build: make every graph from the project's files, validate the whole against the shapes,
 * describe the graphs in {@code meta}, and write what changed to the store in one transaction.
 * A problem anywhere stops the build before anything is written.
 */
public final class KnowledgeBaseBuilder {

    /** What a build did: graph sizes, which graphs changed, which were removed. */
    public record Outcome(Map<String, Long> sizes, Set<String> changed, Set<String> removed, long millis) {}

    private final Project project;
    private final Consumer<String> log;
    private final RowProgress progress;

    public KnowledgeBaseBuilder(Project project, Consumer<String> log, RowProgress progress) {
        this.project = project;
        this.log = log;
        this.progress = progress;
    }

    /** Makes and validates all graphs without touching any store. */
    public Map<String, BuiltGraph> produceValidated() {
        return produceValidated((name, g) -> {}, () -> {});
    }

    /**
     * Makes and validates all graphs, handing each to {@code finished} once it is complete (see
     * GraphProducer) and running {@code allMade} after the last one, before validation.
     */
    private Map<String, BuiltGraph> produceValidated(BiConsumer<String, Graph> finished, Runnable allMade) {
        GraphProducer producer = new GraphProducer(project, log, progress);
        Map<String, BuiltGraph> graphs = producer.produce(finished);
        producer.forgetNames();
        BuiltGraph shapes = graphs.get(TV.G_SHAPES);
        if (shapes == null) throw new BuildFailed("no shapes: ontology/shapes.ttl is missing", List.of());
        // each phase's time in the log: at 10 M triples the build is several times tdbloader, and
        // these lines show where (tables and documents have their own lines)
        long t = System.nanoTime();
        Graph all = producer.union();
        // the network metrics come before validation so that the largest graph is being written
        // while the shapes are checked; a violation still stops the build and aborts the write
        RuntimeException analyticsFailed = null;
        try {
            // kept as term numbers as it is made: it is two fifths of the triples at 9 M, and as a Jena
            // graph it was the build's largest moment (1.6 GB of heap in use)
            Graph derived = producer.keepBesideUnion(out -> fi.tyoverkko.analytics.DerivedGraph.write(all, out));
            graphs.put(TV.G_DERIVED, new BuiltGraph(TV.G_DERIVED, derived,
                List.of("memberships of all graphs"), "network-analytics", null, 0, List.of(), List.of(), false));
            finished.accept(TV.G_DERIVED, derived);
            allMade.run();
            log.accept(String.format("  network metrics (graph derived) in %d ms", millisSince(t)));
        } catch (RuntimeException e) {
            analyticsFailed = e; // data the shapes reject may break the metrics: report the violations first
        } finally {
            producer.closeScratch();
        }
        t = System.nanoTime();
        List<Violation> violations = new ShapeValidator(shapes.graph()).validate(all, producer::locate);
        if (!violations.isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Violation v : violations) lines.add(v.toString());
            throw new BuildFailed(violations.size() + " shape violation(s); the store was not changed", lines);
        }
        log.accept(String.format("  validated against the shapes in %d ms", millisSince(t)));
        if (analyticsFailed != null) throw analyticsFailed;
        return graphs;
    }

    private static long millisSince(long nanos) { return (System.nanoTime() - nanos) / 1_000_000; }

    public Outcome build(GraphTarget store) {
        long t0 = System.nanoTime();
        // into an empty store the graphs are written while the build goes on; a failure aborts the write
        BulkLoad bulk = store.startLoadIntoEmpty();
        if (bulk != null) log.accept("The store is empty: writing each graph as it is made, into new files that replace the empty store at the end…");
        try {
            return build(store, bulk, t0);
        } finally {
            if (bulk != null) bulk.abort(); // after a commit this does nothing
        }
    }

    private Outcome build(GraphTarget store, BulkLoad bulk, long t0) {
        long scratch = MappedInts.mappedInAll();
        Written written = write(store, bulk);
        log.accept(String.format("  scratch files: %d MB mapped (in %s)", (MappedInts.mappedInAll() - scratch) >> 20,
            System.getProperty("java.io.tmpdir")));
        // here the graphs made are garbage: re-indexing reads the store, and at 10 M triples the
        // build's graphs held through it were the largest moment of the build's heap
        store.afterChange(!written.changed().isEmpty() || !written.removed().isEmpty());
        return new Outcome(written.sizes(), written.changed(), written.removed(), (System.nanoTime() - t0) / 1_000_000);
    }

    /** What {@link #write} did; only names and sizes, so that the graphs made can go. */
    private record Written(Map<String, Long> sizes, Set<String> changed, Set<String> removed) {}

    /** Makes, validates and writes what changed; the caller then tells the store ({@link GraphTarget#afterChange}). */
    private Written write(GraphTarget store, BulkLoad bulk) {
        Map<String, BuiltGraph> graphs = bulk == null
            ? produceValidated((name, g) -> {}, () -> {})
            : produceValidated(bulk::add, bulk::allDataGiven);
        Graph previous = store.meta();
        Graph meta = MetaGraph.empty();
        Map<String, Graph> changed = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        Instant now = Instant.now();
        // after a write through /kb-admin the recorded hashes may not describe the store: compare the graphs themselves
        boolean edited = MetaGraph.edited(previous);
        if (edited) log.accept("The store was edited outside a build; comparing the stored graphs…");
        long hashing = System.nanoTime();
        try (ContentHash.TermMemo memo = new ContentHash.TermMemo()) {
            for (BuiltGraph g : graphs.values()) {
                String hash = g.graph() instanceof NumberedTriples numbered ? ContentHash.of(numbered, memo) : ContentHash.of(g.graph());
                String recorded = MetaGraph.hashOf(previous, g.name());
                if (hash.equals(recorded) && (!edited || hash.equals(store.storedHash(g.name())))) {
                    MetaGraph.carryOver(meta, previous, g.name());
                } else {
                    MetaGraph.describe(meta, g, hash, now);
                    changed.put(g.name(), g.graph());
                }
                sizes.put(g.name(), (long) g.graph().size());
            }
        }
        log.accept(String.format("  content hashes compared in %d ms", millisSince(hashing)));
        // only graphs an earlier build made are removed: graphs written by others stay
        Set<String> removed = new TreeSet<>(MetaGraph.describedGraphs(previous));
        removed.removeAll(graphs.keySet());
        MetaGraph.describeDataset(meta, sizes);
        if (changed.isEmpty() && removed.isEmpty() && meta.isIsomorphicWith(previous)) {
            // no write at all: the store's data version stays, and so do caches and ETags
            log.accept("Nothing changed; the store is left as it was.");
            return new Written(sizes, Set.of(), removed);
        }
        long writing = System.nanoTime();
        if (bulk != null) {
            log.accept("Writing the last of " + changed.size() + " graph(s) to the store…");
            bulk.commit(meta);
        } else {
            log.accept("Writing " + changed.size() + " changed graph(s) to the store, " + store.atomicity() + "…");
            store.replace(changed, removed, meta);
        }
        log.accept(String.format("  written in %d ms", millisSince(writing)));
        return new Written(sizes, new java.util.LinkedHashSet<>(changed.keySet()) /* not the view: it holds the graphs */, removed);
    }
}
