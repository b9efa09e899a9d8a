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
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.store.FSDirectory;

/**
 * Full-text search over names, labels, descriptions and quotes of the curated graphs with Finnish stemming
 * (Lucene's FinnishAnalyzer), for {@code text:query} in SPARQL. The index is rebuilt from the
 * store after every build, into a fresh folder that then replaces the old one, so it never
 * lags behind the data.
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

    public static Path folder(Path store) { return store.resolve("text-index"); }

    static TextIndexConfig config() {
        EntityDefinition def = new EntityDefinition("uri", "text", NodeFactory.createURI(INDEXED.get(0)));
        for (String p : INDEXED.subList(1, INDEXED.size())) def.set("text", NodeFactory.createURI(p));
        TextIndexConfig config = new TextIndexConfig(def);
        config.setAnalyzer(new FinnishAnalyzer());
        config.setValueStored(true);
        return config;
    }

    /** Rebuilds the index of a store's data; returns the number of literals indexed. */
    public static long rebuild(DatasetGraph dsg, Path store) {
        Path target = folder(store);
        Path fresh = store.resolve("text-index.new");
        try {
            deleteTree(fresh);
            long n;
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(fresh), config());
            try {
                EntityDefinition def = config().getEntDef();
                n = Txn.calculateRead(dsg, () -> {
                    long count = 0;
                    for (String p : INDEXED) {
                        for (var it = dsg.find(Node.ANY, Node.ANY, NodeFactory.createURI(p), Node.ANY); it.hasNext(); ) {
                            Quad q = it.next();
                            if (!q.getObject().isLiteral() || isDocumentGraph(q.getGraph())) continue;
                            Entity e = TextQueryFuncs.entityFromQuad(def, q);
                            if (e != null) {
                                index.addEntity(e);
                                count++;
                            }
                        }
                    }
                    return count;
                });
                index.commit();
            } finally {
                index.close();
            }
            deleteTree(target);
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rebuild the text index in " + target, e);
        }
    }

    /** The store's dataset with {@code text:query} answered from an open index; close the index, not the dataset. */
    public record Searchable(DatasetGraph dataset, TextIndex index) {}

    public static Searchable open(DatasetGraph dsg, Path store) {
        try {
            if (!Files.isDirectory(folder(store))) rebuild(dsg, store);
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder(store)), config());
            return new Searchable(TextDatasetFactory.create(dsg, index, false), index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
