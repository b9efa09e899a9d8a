package fi.tyoverkko.query;

import fi.tyoverkko.text.FinnishDates;
import fi.tyoverkko.text.PartialDate;
import fi.tyoverkko.vocab.TV;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

/**
 * A declared query parameter: bound to {@code ?_name} as a typed RDF term, never pasted into
 * the query text. Types: {@code string}, {@code integer}, {@code decimal}, {@code year},
 * {@code date}, {@code boolean}, {@code iri}, and the thing types {@code organisation},
 * {@code project}, {@code person}, {@code region}, {@code municipality}, {@code event},
 * {@code source}, {@code concept}, which take a slug or code ({@code vates-saatio}, {@code 07})
 * or the full IRI.
 */
public record Parameter(String name, String type, boolean required, String defaultValue, List<String> allowed,
                        String description) {

    public static final List<String> TYPES = List.of("string", "integer", "decimal", "year", "date", "boolean", "iri",
        "organisation", "project", "person", "region", "municipality", "event", "source", "concept");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,199}(/[a-z0-9][a-z0-9-]{0,199})?");

    /** A value a caller gave is not acceptable: the message says why (for a 400 answer). */
    public static final class Invalid extends IllegalArgumentException {
        public Invalid(String message) { super(message); }
    }

    /** The RDF term for a raw value, or {@link Invalid}. */
    public Node bind(String raw) {
        String v = raw == null ? "" : raw.strip();
        if (v.isEmpty()) throw new Invalid("parameter '" + name + "' is empty");
        if (v.length() > 2000) throw new Invalid("parameter '" + name + "' is too long");
        if (!allowed.isEmpty() && !allowed.contains(v)) {
            throw new Invalid("parameter '" + name + "' must be one of " + String.join(", ", allowed) + "; got '" + v + "'");
        }
        try {
            return switch (type) {
                case "string" -> NodeFactory.createLiteralString(v);
                case "integer" -> NodeFactory.createLiteralDT(Long.toString(Long.parseLong(v)), XSDDatatype.XSDinteger);
                case "decimal" -> NodeFactory.createLiteralDT(new BigDecimal(v.replace(',', '.')).toPlainString(), XSDDatatype.XSDdecimal);
                case "year" -> {
                    if (!v.matches("\\d{4}")) throw new Invalid("parameter '" + name + "' must be a year such as 2018; got '" + v + "'");
                    yield NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear);
                }
                case "date" -> {
                    PartialDate d = FinnishDates.parse(v, null);
                    if (d.day() == null) throw new Invalid("parameter '" + name + "' must be a whole date; got '" + v + "'");
                    yield NodeFactory.createLiteralDT(d.lexical(), XSDDatatype.XSDdate);
                }
                case "boolean" -> switch (v.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes", "kyllä" -> NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean);
                    case "false", "0", "no", "ei" -> NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean);
                    default -> throw new Invalid("parameter '" + name + "' must be true or false; got '" + v + "'");
                };
                case "iri" -> iri(v);
                default -> thing(v);
            };
        } catch (NumberFormatException e) {
            throw new Invalid("parameter '" + name + "' must be " + (type.equals("integer") ? "a whole number" : "a number") + "; got '" + v + "'");
        } catch (IllegalArgumentException e) {
            if (e instanceof Invalid i) throw i;
            throw new Invalid("parameter '" + name + "': " + e.getMessage());
        }
    }

    private Node iri(String v) {
        if (!v.matches("https?://[^\\s<>\"{}|\\\\^`]+")) throw new Invalid("parameter '" + name + "' must be an http(s) IRI; got '" + v + "'");
        try {
            IRIs.checkEx(v);
        } catch (RuntimeException e) {
            throw new Invalid("parameter '" + name + "' is not a valid IRI: " + e.getMessage());
        }
        return NodeFactory.createURI(v);
    }

    private Node thing(String v) {
        String prefix = TV.ID + type + "/";
        if (v.startsWith("http://") || v.startsWith("https://")) {
            Node n = iri(v);
            if (!v.startsWith(prefix)) throw new Invalid("parameter '" + name + "' must be a " + type + " IRI (" + prefix + "…); got '" + v + "'");
            return n;
        }
        if (!SLUG.matcher(v).matches()) {
            throw new Invalid("parameter '" + name + "' must be a " + type + " identifier such as "
                + (type.equals("region") ? "07" : "vates-saatio") + " or its IRI; got '" + v + "'");
        }
        return NodeFactory.createURI(prefix + v);
    }
}
