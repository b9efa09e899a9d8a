package fi.tyoverkko.build;

import fi.tyoverkko.Project;
import fi.tyoverkko.load.RdfFiles;
import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.load.table.TableMapper;
import fi.tyoverkko.load.table.TableMapping;
import fi.tyoverkko.resolve.Resolver;
import fi.tyoverkko.store.MappedInts;
import fi.tyoverkko.vocab.TV;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Makes the named graphs from the project's files, in order: the ontology files
 * ({@code tyoverkko.ttl} → ontology, {@code shapes.ttl} → shapes, other Turtle → vocabularies),
 * then every table mapping in {@code data/mappings/} in file-name order, then every document of
 * {@code data/sources/sources.csv} through the document loader (one graph {@code document-<id>}
 * each, resolving names against the curated things). Each step sees the graphs made before it,
 * so later tables can refer to things by name. Nothing is written here.
 * <p>
 * Every triple goes into one compact {@link UnionGraph} as it is made (a table's rows a batch at a
 * time), which the documents' name lookups, the analytics and validation read; a finished graph is
 * kept as its slice of that union: each triple and each term is held once. The shapes are not part of the union: they are
 * kept as a {@link FrozenGraph}; nor is the derived graph, kept beside it with the same terms.
 */
public final class GraphProducer {
    private final Project project;
    private final Consumer<String> log;
    /** Names to resources, for the tables and documents; null once {@link #forgetNames} let it go. */
    private Resolver resolver = new Resolver();
    /** The graphs made so far, which later table mappings may query. */
    private final DatasetGraph soFar = DatasetGraphFactory.createGeneral();
    /** The parts each graph not yet finished is made of (see {@link UnionGraph.Part}): one for each file or mapping. */
    private final Map<String, List<Graph>> parts = new LinkedHashMap<>();
    /** Every graph made but the shapes, its triples added as they are made; each term is kept in it once. */
    private final UnionGraph union = new UnionGraph();
    private final Map<String, BuiltGraph> graphs = new LinkedHashMap<>();
    /**
     * Where each subject a table row made was first made, by the union's number of the subject: the
     * table (its index in {@link #originTables} + 1; 0: none) and the line. In scratch files, as
     * there is one for each row made.
     */
    private final MappedInts originTable = MappedInts.temporary("origin-table"), originLine = MappedInts.temporary("origin-line");
    private final List<String> originTables = new ArrayList<>();
    /** The RDF file each subject of an ontology file came from. */
    private final Map<Node, String> fileOrigins = new HashMap<>();
    private final RowProgress progress;
    /** Graphs handed on as finished: nothing may be added to them. */
    private final java.util.Set<String> finishedGraphs = new java.util.HashSet<>();

    public GraphProducer(Project project, Consumer<String> log, RowProgress progress) {
        this.project = project;
        this.log = log;
        this.progress = progress;
    }

    public Map<String, BuiltGraph> produce() {
        return produce((name, g) -> {});
    }

    /**
     * Makes the graphs, handing each to {@code finished} once nothing will be added to it: an
     * ontology file's graph when no mapping adds to it, a table's graph after the last mapping that
     * adds to it (the mappings are read first to know which), a document's graph as soon as it is made.
     */
    public Map<String, BuiltGraph> produce(java.util.function.BiConsumer<String, Graph> finished) {
        List<TableMapping> mappings = new ArrayList<>();
        for (Path m : list(project.mappings(), ".rq")) mappings.add(TableMapping.read(m, project.root()));
        // a graph is finished after the last mapping that adds to it; later mappings query it as it is
        Map<String, Integer> lastMapping = new HashMap<>();
        for (int i = 0; i < mappings.size(); i++) lastMapping.put(mappings.get(i).graph(), i);
        for (Path f : list(project.ontology(), ".ttl")) {
            String file = f.getFileName().toString();
            String name = file.equals("tyoverkko.ttl") ? TV.G_ONTOLOGY : file.equals("shapes.ttl") ? TV.G_SHAPES : TV.G_VOCABULARIES;
            String shown = project.shown(f);
            Graph g = RdfFiles.read(f, shown);
            g.find().forEachRemaining(t -> fileOrigins.putIfAbsent(t.getSubject(), shown));
            Graph part = newPart(name);
            g.find().forEachRemaining(part::add);
            partDone(part);
            resolver.add(g);
            record(name, part, shown, "turtle", null, 0, null, null, false);
        }
        for (String name : List.copyOf(parts.keySet())) if (!lastMapping.containsKey(name)) finish(name, finished);
        for (int i = 0; i < mappings.size(); i++) {
            TableMapping mapping = mappings.get(i);
            long t0 = System.nanoTime();
            Graph part = newPart(mapping.graph());
            // the mapping sees the graphs made before it, not its own triples as they come
            TableMapper.Result r = TableMapper.run(mapping, soFar, resolver, progress.start(mapping.shownTable(), mapping.table()), part,
                this::keepOrigin);
            progress.done();
            partDone(part);
            resolver.add(part);
            record(mapping.graph(), part, mapping.shownTable(), "table-mapping", mapping.shownPath(), r.rows(),
                mapping.license(), mapping.attribution(), mapping.restricted());
            log.accept(String.format("  %-34s %6d rows → %7d triples in graph %s (%d ms)", mapping.shownTable(), r.rows(),
                part.size(), mapping.graph(), (System.nanoTime() - t0) / 1_000_000));
            if (lastMapping.get(mapping.graph()) == i) finish(mapping.graph(), finished);
        }
        for (String name : List.copyOf(parts.keySet())) finish(name, finished);
        // only the table mappings query it
        List<Node> names = new ArrayList<>();
        soFar.listGraphNodes().forEachRemaining(names::add);
        names.forEach(soFar::removeGraph);
        long t0 = System.nanoTime();
        var known = new fi.tyoverkko.load.document.ResolvedThings(resolver, union);
        // a document's graph adds no labels or types (its things are proposals in the evidence), so
        // the documents after it are read as if it were not there yet
        fi.tyoverkko.load.document.DocumentLoader.load(project.data().resolve("sources"), known, project::shown, d -> {
            refuseFinished(d.graphName(), d.input());
            resolver.add(d.graph());
            Graph slice = union.addAll(d.graph());
            graphs.put(d.graphName(), new BuiltGraph(d.graphName(), slice, List.of(d.input()), "document-loader", null,
                d.facts(), List.of(), List.of(), false));
            finishedGraphs.add(d.graphName());
            finished.accept(d.graphName(), slice);
            log.accept(String.format("  %-34s %6d facts → %7d triples in graph %s", d.input(), d.facts(), slice.size(),
                d.graphName()));
        });
        log.accept(String.format("  documents extracted in %d ms", (System.nanoTime() - t0) / 1_000_000));
        return graphs;
    }

    /**
     * A new part of a graph, which a file or a table mapping fills: part of the union for every graph
     * but the shapes, which are not in the union. The graph must not be finished yet.
     */
    private Graph newPart(String name) {
        refuseFinished(name, null);
        return name.equals(TV.G_SHAPES) ? GraphFactory.createDefaultGraph() : union.newPart();
    }

    private static void partDone(Graph part) {
        if (part instanceof UnionGraph.Part p) p.done();
    }

    /** Freezes a graph nothing more will be added to (its parts joined), and hands it on. */
    private void finish(String name, java.util.function.BiConsumer<String, Graph> finished) {
        BuiltGraph made = graphs.get(name);
        List<Graph> madeOf = parts.remove(name);
        Graph frozen = name.equals(TV.G_SHAPES) ? FrozenGraph.of(made.graph())
            : union.join(madeOf.stream().map(UnionGraph.Part.class::cast).toList());
        graphs.put(name, new BuiltGraph(name, frozen, made.inputs(), made.loader(), made.mapping(), made.rows(),
            made.licenses(), made.attributions(), made.restricted()));
        finishedGraphs.add(name);
        finished.accept(name, frozen);
    }

    /** Nothing may be added to a finished graph: it may be being written already. */
    private void refuseFinished(String name, String input) {
        if (!finishedGraphs.contains(name)) return;
        // two sources for one document graph are a manifest mistake
        throw new BuildFailed("graph " + name + " is made twice: from " + String.join(", ", graphs.get(name).inputs())
            + (input == null ? " and again" : " and from " + input) + "; give the documents different ids in data/sources/sources.csv",
            List.of());
    }

    /** Adds a filled part to its graph, which later table mappings see in {@link #soFar} as all its parts so far. */
    private void record(String name, Graph part, String input, String loader, String mapping, long rows,
                        String license, String attribution, boolean restricted) {
        BuiltGraph prev = graphs.get(name);
        List<Graph> madeOf = parts.computeIfAbsent(name, k -> new ArrayList<>());
        madeOf.add(part);
        Graph sofar = madeOf.size() == 1 ? part : new MultiUnion(madeOf.toArray(new Graph[0]));
        List<String> inputs = new ArrayList<>(prev == null ? List.of() : prev.inputs());
        inputs.add(input);
        List<String> licenses = new ArrayList<>(prev == null ? List.of() : prev.licenses());
        if (license != null && !licenses.contains(license)) licenses.add(license);
        List<String> attributions = new ArrayList<>(prev == null ? List.of() : prev.attributions());
        if (attribution != null && !attributions.contains(attribution)) attributions.add(attribution);
        String mappings = prev == null || prev.mapping() == null ? mapping
            : mapping == null ? prev.mapping() : prev.mapping() + " " + mapping;
        graphs.put(name, new BuiltGraph(name, sofar, inputs, prev == null ? loader : prev.loader(), mappings,
            (prev == null ? 0 : prev.rows()) + rows, licenses, attributions, restricted || prev != null && prev.restricted()));
        soFar.addGraph(TV.graphNode(name), sofar);
    }

    /** The resolver over everything produced so far (for loaders that come after the tables). */
    public Resolver resolver() {
        if (resolver == null) throw new IllegalStateException("the names were let go");
        return resolver;
    }

    /**
     * Lets the resolver go once the graphs are made: a build resolves names only while it reads
     * tables and documents, and at 10 M triples the labels it keeps were the largest thing left on
     * the heap through the analytics and validation.
     */
    void forgetNames() { resolver = null; }

    /** Every graph made but the shapes, as one graph (it refuses changes). */
    public Graph union() { return union; }

    /** A graph made from the finished ones (the derived graph) by {@code make}, kept beside the union with its term numbers. */
    Graph keepBesideUnion(java.util.function.Consumer<Graph> make) { return union.keepBeside(make); }

    /** Closes the union's scratch files: nothing more will be added. What was made stays readable. */
    void closeScratch() {
        union.closeScratch();
        originTable.close();
        originLine.close();
    }

    private void keepOrigin(Node subject, TableMapper.Origin o) {
        int n = union.remember(subject);
        if (originTable.get(n) != 0) return; // the first row that made it
        int table = originTables.indexOf(o.table());
        if (table < 0) {
            originTables.add(o.table());
            table = originTables.size() - 1;
        }
        originTable.set(n, table + 1);
        originLine.setLong(n, o.line());
    }

    /** "file:line:col" of the row that made this resource, the RDF file it came from, or null. */
    public String locate(Node focus, Node value) {
        int n = union.numberOf(focus);
        int table = n < 0 ? 0 : originTable.get(n);
        if (table != 0) {
            TableMapper.Origin o = new TableMapper.Origin(originTables.get(table - 1), originLine.getLong(n));
            int col = value != null && value.isLiteral() ? columnOf(o, value.getLiteralLexicalForm()) : 0;
            return o.table() + ":" + o.line() + (col > 0 ? ":" + col : "");
        }
        return fileOrigins.get(focus);
    }

    /** The column of a row holding a value: reads the table again, which only a failing build does. */
    private int columnOf(TableMapper.Origin o, String value) {
        try (var table = fi.tyoverkko.load.table.Tables.open(project.root().resolve(o.table()), o.table(),
                fi.tyoverkko.load.table.TableOptions.DEFAULT)) {
            for (var it = table.rows(); it.hasNext(); ) {
                var row = it.next();
                if (row.line() == o.line()) return row.columnOf(value);
            }
        } catch (RuntimeException e) {
            // the location without a column is still useful
        }
        return 0;
    }

    private static List<Path> list(Path dir, String ext) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(ext) && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw SourceException.of(dir.toString(), "cannot list folder: " + e.getMessage());
        }
    }
}
