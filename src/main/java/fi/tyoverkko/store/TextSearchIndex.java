package fi.tyoverkko.store;

import fi.tyoverkko.vocab.TV;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over names, labels, descriptions and quotes of the curated graphs with Finnish stemming
 * (Lucene's FinnishAnalyzer), for {@code text:query} in SPARQL. The index is rebuilt from the
 * store after every build into a new generation folder; a CURRENT file names the live one, so a
 * crash mid-index leaves the previous index, and a running server swaps to the new one without
 * a reader ever seeing a half-built index.
 */
public final class TextSearchIndex {
    private TextSearchIndex() {}

    /** The predicates whose literals are searchable, all in one field. */
    static final List<String> INDEXED = List.of(TV.SKOS + "prefLabel", TV.SKOS + "altLabel",
        "http://www.w3.org/2000/01/rdf-schema#label", TV.SCHEMA + "name", TV.SCHEMA + "description",
        TV.DCTERMS + "title", TV.NS + "quote", TV.SCHEMA + "jobTitle");

    /**
     * The graphs of the document loader hold quotes of every extracted mention; search stays on
     * the curated things (names, descriptions and the quotes of curated rows).
     */
    static boolean isDocumentGraph(Node g) {
        return g != null && g.isURI() && g.getURI().startsWith(TV.GRAPH + "document-");
    }

    /** The index's folder in a store: generations of the index and a CURRENT file naming the live one. */
    public static Path folder(Path store) { return store.resolve("text-index"); }

    /** Whether the store has a complete index. */
    public static boolean exists(Path store) { return current(store) != null; }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", "text", NodeFactory.createURI(INDEXED.get(0)));
        for (String p : INDEXED.subList(1, INDEXED.size())) def.set("text", NodeFactory.createURI(p));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new FinnishAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** The live generation's folder, or null when there is none (new store, or an index of an older layout). */
    static Path current(Path store) {
        Path pointer = folder(store).resolve("CURRENT");
        try {
            if (!Files.isRegularFile(pointer)) return null;
            Path gen = folder(store).resolve(Files.readString(pointer).strip());
            return Files.isDirectory(gen) ? gen : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Indexes a store's data into a new generation and makes it the live one (the CURRENT file is
     * replaced atomically). Older generations are deleted, except {@code keep}: a running server
     * may still be answering from it. Returns the new generation's folder.
     */
    public static Path rebuild(DatasetGraph dsg, Path store, Path keep) {
        Path parent = folder(store);
        try {
            if (Files.isDirectory(parent) && current(store) == null) deleteTree(parent); // older layout
            Files.createDirectories(parent);
            String name = "g" + System.currentTimeMillis();
            while (Files.exists(parent.resolve(name))) name = name + "x";
            Path gen = parent.resolve(name);
            Path building = parent.resolve(name + ".building");
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(building), config());
            try {
                EntityDefinition def = config().getEntDef();
                Txn.executeRead(dsg, () -> {
                    for (String p : INDEXED) {
                        for (var it = quadsOf(dsg, NodeFactory.createURI(p)); it.hasNext(); ) {
                            Quad q = it.next();
                            if (!q.getObject().isLiteral() || isDocumentGraph(q.getGraph())) continue;
                            Entity e = TextQueryFuncs.entityFromQuad(def, q);
                            if (e != null) index.addEntity(e);
                        }
                    }
                });
                index.commit();
            } finally {
                index.close();
            }
            Files.move(building, gen, StandardCopyOption.ATOMIC_MOVE);
            Path pointerTmp = parent.resolve("CURRENT.tmp");
            Files.writeString(pointerTmp, name);
            Files.move(pointerTmp, parent.resolve("CURRENT"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (Stream<Path> s = Files.list(parent)) {
                for (Path old : s.filter(Files::isDirectory).filter(d -> !d.equals(gen) && !d.equals(keep)).toList()) deleteTree(old);
            }
            return gen;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the text index in " + parent, e);
        }
    }

    /**
     * The quads with this predicate. From a TDB2 store their terms are read from its node file, not
     * through its node cache: indexing reads every label once, and through the cache it filled it
     * (some 200 MB of a 10 M-triple build's heap, the largest part of it) and pushed out the terms
     * a server's queries use.
     */
    private static java.util.Iterator<Quad> quadsOf(DatasetGraph dsg, Node predicate) {
        if (!TDBInternal.isTDB2(dsg)) return dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY);
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        NodeId p = nodes.getNodeIdForNode(predicate);
        if (NodeId.isDoesNotExist(p)) return java.util.Collections.emptyIterator();
        NodeTable file = nodes.baseNodeTable();
        java.util.function.Function<NodeId, Node> read = id -> id.isInline() ? NodeId.extract(id) : file.getNodeForNodeId(id);
        java.util.Map<NodeId, Node> graphs = new java.util.HashMap<>(); // few, each in many quads
        var named = org.apache.jena.atlas.iterator.Iter.map(tdb.getQuadTable().getNodeTupleTable().find(NodeId.NodeIdAny, NodeId.NodeIdAny, p, NodeId.NodeIdAny),
            t -> Quad.create(graphs.computeIfAbsent(t.get(0), read), read.apply(t.get(1)), predicate, read.apply(t.get(3))));
        var unnamed = org.apache.jena.atlas.iterator.Iter.map(tdb.getTripleTable().getNodeTupleTable().find(NodeId.NodeIdAny, p, NodeId.NodeIdAny),
            t -> Quad.create(Quad.defaultGraphIRI, read.apply(t.get(0)), predicate, read.apply(t.get(2))));
        return org.apache.jena.atlas.iterator.Iter.concat(unnamed, named);
    }

    static TextIndex openIndex(Path generation) {
        try {
            return TextDatasetFactory.createLuceneIndex(FSDirectory.open(generation), config());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index in " + generation, e);
        }
    }

    /** The store's dataset with {@code text:query} answered from its live index, which a rebuild can swap. */
    public record Searchable(DatasetGraph dataset, SwappableTextIndex index, Path generation) {}

    /**
     * Makes {@code text:query} work on the store's own dataset: the index goes into the dataset's
     * context, where jena-text looks first. Transactions stay the TDB2 dataset's own; a
     * DatasetGraphText wrapper would keep its own per-thread transaction state, which a failed
     * query can leave behind on a server thread ("Not in a transaction" for later requests).
     */
    public static Searchable open(DatasetGraph dsg, Path store) {
        TextQuery.init();
        Path gen = current(store);
        if (gen == null) gen = rebuild(dsg, store, null);
        SwappableTextIndex index = new SwappableTextIndex(openIndex(gen));
        dsg.getContext().set(TextQuery.textIndex, index);
        return new Searchable(dsg, index, gen);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
