package fi.tyoverkko.web.ld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * Writes a graph as Turtle, N-Triples or compact JSON-LD. JSON-LD is compacted with the
 * project's published context ({@code /context.jsonld}), included in each answer so that no
 * client has to fetch it.
 */
public final class RdfOutput {
    private RdfOutput() {}

    /** The context document, as published. */
    public static byte[] contextDocument() {
        try (InputStream in = RdfOutput.class.getResourceAsStream("context.jsonld")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final PrefixMap PREFIXES = readPrefixes();

    /** The context's prefixes, for Turtle output and prefixed names on pages. */
    public static PrefixMap prefixes() { return PREFIXES; }

    private static PrefixMap readPrefixes() {
        JsonObject ctx = Json.createReader(new ByteArrayInputStream(contextDocument())).readObject().getJsonObject("@context");
        PrefixMap pm = PrefixMapFactory.create();
        for (Map.Entry<String, jakarta.json.JsonValue> e : ctx.entrySet()) {
            if (e.getValue() instanceof jakarta.json.JsonString s && s.getString().matches("https?://.*[/#]")) pm.add(e.getKey(), s.getString());
        }
        return pm;
    }

    public static void write(Graph g, Format f, OutputStream out) {
        switch (f) {
            case TURTLE -> {
                g.getPrefixMapping().setNsPrefixes(prefixes().getMapping());
                RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            }
            case NTRIPLES -> RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
            case JSONLD -> writeJsonLd(g, out);
            case HTML -> throw new IllegalArgumentException("HTML is written by the page renderer");
        }
    }

    private static void writeJsonLd(Graph g, OutputStream out) {
        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
        RDFDataMgr.write(expanded, g, RDFFormat.JSONLD11_PLAIN);
        try {
            JsonObject compact = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded.toByteArray())),
                JsonDocument.of(new ByteArrayInputStream(contextDocument()))).get();
            try (JsonWriter w = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out, StandardCharsets.UTF_8)) {
                w.writeObject(compact);
            }
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction failed: " + e.getMessage(), e);
        }
    }
}
