package fi.tyoverkko.load.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Graph;

/**
 * Loads the documents of a sources folder (its {@code sources.csv} manifest) for the build: each
 * document becomes the graph {@code document-<id>} of evidence nodes, one per distinct fact. A fact about a thing the
 * curated tables already have is linked to that thing (its IRI is reused, the thing gets
 * tv:evidence); things only the document names are kept as proposals in the evidence (rdf:value,
 * rdf:subject) and are not typed, so the curated knowledge base stays as the tables say.
 */
public final class DocumentLoader {
    private DocumentLoader() {}

    /** One loaded document: its graph name, graph, shown path and number of facts. */
    public record Loaded(String graphName, Graph graph, String input, int facts) {}

    /**
     * One fact per distinct (type, value) in a document: its first mention, with the highest
     * confidence any mention had. The knowledge base needs each fact once with a quote that
     * states it; `tyoverkko extract` still lists every mention.
     */
    static List<Fact> firstMentions(List<Fact> facts) {
        java.util.Map<String, Fact> first = new java.util.LinkedHashMap<>();
        for (Fact f : facts) {
            first.merge(f.type().key() + "\u0000" + f.value(), f,
                (a, b) -> b.confidence() > a.confidence() && b.iri() != null == (a.iri() != null) ? b : a);
        }
        return new ArrayList<>(first.values());
    }

    /**
     * Loads the documents of the manifest one at a time, handing each to {@code each} before the
     * next is read: at 10 M triples the documents' graphs together were the build's largest
     * moment when all were held until the last was made.
     */
    public static void load(Path sourcesFolder, KnownThings known, Function<Path, String> shown, Consumer<Loaded> each) {
        Path manifest = sourcesFolder.resolve("sources.csv");
        if (!Files.isRegularFile(manifest)) return;
        for (SourceManifest.Entry e : SourceManifest.read(manifest, shown.apply(manifest)).entries()) {
            Path file = sourcesFolder.resolve(e.file());
            Document doc = DocumentReaders.read(file, shown.apply(file), e.id(), e.date());
            List<Fact> facts = firstMentions(FactExtraction.extract(doc, known));
            each.accept(new Loaded("document-" + e.id(), EvidenceGraph.of(e.id(), facts, false), shown.apply(file), facts.size()));
        }
    }
}
