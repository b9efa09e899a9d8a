package fi.tyoverkko.load.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.graph.Graph;

/**
 * Loads the documents of a sources folder (its {@code sources.csv} manifest) for the build: each
 * document becomes the graph {@code document-<id>} of evidence nodes. A fact about a thing the
 * curated tables already have is linked to that thing (its IRI is reused, the thing gets
 * tv:evidence); things only the document names are kept as proposals in the evidence (rdf:value,
 * rdf:subject) and are not typed, so the curated knowledge base stays as the tables say.
 */
public final class DocumentLoader {
    private DocumentLoader() {}

    /** One loaded document: its graph name, graph, shown path and number of facts. */
    public record Loaded(String graphName, Graph graph, String input, int facts) {}

    public static List<Loaded> load(Path sourcesFolder, KnownThings known, Function<Path, String> shown) {
        Path manifest = sourcesFolder.resolve("sources.csv");
        if (!Files.isRegularFile(manifest)) return List.of();
        List<Loaded> out = new ArrayList<>();
        for (SourceManifest.Entry e : SourceManifest.read(manifest, shown.apply(manifest)).entries()) {
            Path file = sourcesFolder.resolve(e.file());
            Document doc = DocumentReaders.read(file, shown.apply(file), e.id(), e.date());
            List<Fact> facts = FactExtraction.extract(doc, known);
            out.add(new Loaded("document-" + e.id(), EvidenceGraph.of(e.id(), facts, false), shown.apply(file), facts.size()));
        }
        return out;
    }
}
