package fi.tyoverkko.web.ld;

import java.util.List;
import java.util.Locale;
import org.apache.jena.riot.Lang;

/** The representations of a resource, chosen by {@code ?format=} or else by the Accept header. */
public enum Format {
    HTML("html", "text/html", null),
    TURTLE("ttl", "text/turtle", Lang.TURTLE),
    JSONLD("jsonld", "application/ld+json", Lang.JSONLD),
    NTRIPLES("nt", "application/n-triples", Lang.NTRIPLES);

    public final String key;
    public final String mediaType;
    public final Lang lang;

    Format(String key, String mediaType, Lang lang) {
        this.key = key;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    /** The {@code ?format=} value, or null when it names no format. Accepts the key, a media type, or a common alias. */
    public static Format byName(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) if (f.key.equals(n) || f.mediaType.equals(n)) return f;
        return switch (n) {
            case "turtle" -> TURTLE;
            case "json-ld", "json" -> JSONLD;
            case "ntriples", "n-triples" -> NTRIPLES;
            case "htm" -> HTML;
            default -> null;
        };
    }

    /**
     * The best format for an Accept header by its q-values; browsers (which accept text/html)
     * get HTML; a missing header or a bare {@code *}{@code /*} gets Turtle.
     * Returns null when nothing offered is acceptable.
     */
    public static Format negotiate(String accept) {
        if (accept == null || accept.isBlank()) return TURTLE;
        Format best = null;
        double bestQ = 0;
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String type = bits[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].strip();
                if (p.startsWith("q=")) {
                    try { q = Double.parseDouble(p.substring(2)); } catch (NumberFormatException e) { q = 0; }
                }
            }
            for (Format f : candidates(type)) {
                // on a tie the earlier (more specific, listed first) type wins
                if (q > bestQ) { best = f; bestQ = q; }
            }
        }
        return best;
    }

    private static List<Format> candidates(String type) {
        return switch (type) {
            case "text/html", "application/xhtml+xml" -> List.of(HTML);
            case "text/turtle", "application/x-turtle" -> List.of(TURTLE);
            case "application/ld+json", "application/json" -> List.of(JSONLD);
            case "application/n-triples", "text/plain" -> List.of(NTRIPLES);
            case "*/*", "text/*", "application/*" -> List.of(TURTLE);
            default -> List.of();
        };
    }
}
