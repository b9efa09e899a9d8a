package fi.tyoverkko.resolve;

import fi.tyoverkko.vocab.TV;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Finds the one resource a name refers to, among the things already built: organisations,
 * projects, people, places, sources and vocabulary concepts, by any of their labels,
 * abbreviations or codes, in any case and (for the last word) any Finnish inflection.
 * Graphs are added as the build produces them.
 */
public final class Resolver {

    /** Resolution failed: no match, or more than one. */
    public static final class NotResolved extends RuntimeException {
        public NotResolved(String message) { super(message); }
    }

    private static final Map<String, String> KIND_OF_CLASS = Map.of(
        TV.NS + "Organisation", "organisation",
        TV.NS + "Project", "project",
        TV.NS + "Person", "person",
        TV.NS + "Municipality", "municipality",
        TV.NS + "Region", "region",
        TV.NS + "WellbeingCounty", "wellbeing-county",
        TV.NS + "Source", "source",
        TV.NS + "Event", "event");

    private static final List<Node> LABELS = List.of(
        NodeFactory.createURI(TV.SKOS + "prefLabel"), NodeFactory.createURI(TV.SKOS + "altLabel"),
        RDFS.label.asNode(), NodeFactory.createURI(TV.SKOS + "notation"), NodeFactory.createURI(TV.NS + "acronym"),
        NodeFactory.createURI(TV.DCTERMS + "identifier"), NodeFactory.createURI(TV.SCHEMA + "name"));

    private static final Node SKOS_CONCEPT = NodeFactory.createURI(TV.SKOS + "Concept");
    private static final Node IN_SCHEME = NodeFactory.createURI(TV.SKOS + "inScheme");

    /** Labels by their exact and by their stemmed key ({@link NameKey}). */
    private final NameIndex exact = new NameIndex(), stemmed = new NameIndex();
    /** The kinds that have labels (a HashSet: "any" tries them in the order the maps of kinds had). */
    private final Set<String> kindsIndexed = new java.util.HashSet<>();
    /** The first {@link #PREFIX} characters of every label by kind: a quick "no" for text that cannot be a name. */
    private final Map<String, Set<String>> starts = new HashMap<>();
    private static final int PREFIX = 3;

    /** Indexes the typed resources of a graph and their labels. */
    public synchronized void add(Graph g) {
        Map<Node, Set<String>> kinds = new HashMap<>();
        g.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            String kind = KIND_OF_CLASS.get(t.getObject().isURI() ? t.getObject().getURI() : "");
            if (kind != null) kinds.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(kind);
            if (t.getObject().equals(SKOS_CONCEPT)) {
                g.find(t.getSubject(), IN_SCHEME, Node.ANY).forEachRemaining(s ->
                    kinds.computeIfAbsent(t.getSubject(), k -> new LinkedHashSet<>()).add(schemeKind(s.getObject())));
            }
        });
        for (var e : kinds.entrySet()) {
            for (Node p : LABELS) {
                for (Triple t : g.find(e.getKey(), p, Node.ANY).toList()) {
                    if (!t.getObject().isLiteral()) continue;
                    String label = t.getObject().getLiteralLexicalForm();
                    for (String kind : e.getValue()) index(kind, label, e.getKey());
                }
            }
        }
    }

    private static String schemeKind(Node scheme) {
        String iri = scheme.isURI() ? scheme.getURI() : "";
        return "concept:" + iri.substring(iri.lastIndexOf('/') + 1);
    }

    private void index(String kind, String label, Node resource) {
        if (label.isBlank()) return;
        String key = NameKey.exact(label);
        starts.computeIfAbsent(kind, k -> new java.util.HashSet<>()).add(key.substring(0, Math.min(PREFIX, key.length())));
        kindsIndexed.add(kind);
        exact.add(kind, key, resource);
        stemmed.add(kind, NameKey.stemmed(label), resource);
    }

    /**
     * The resource of this kind ("organisation", "project", "person", "municipality", "region",
     * "wellbeing-county", "source", or "concept:SCHEME" such as "concept:role") that the name
     * refers to.
     */
    public synchronized Node resolve(String kind, String name) {
        if (name == null || name.isBlank()) throw new NotResolved("empty " + kind + " name");
        if (kind.equals("any")) return resolveAny(name);
        Set<Node> hits = candidates(kind, name);
        if (hits == null || hits.isEmpty()) {
            throw new NotResolved("unknown " + kind.replace("concept:", "") + " '" + name + "'");
        }
        if (hits.size() > 1) {
            throw new NotResolved("ambiguous " + kind + " '" + name + "': could be "
                + hits.stream().map(Node::toString).collect(Collectors.joining(" or ")));
        }
        return hits.iterator().next();
    }

    /**
     * The one resource of this kind with this name, or null when there is none or more than one:
     * for callers that try many names (a text scanned for known names) and expect most to fail.
     */
    public synchronized Node find(String kind, String name) {
        Match m = match(kind, name);
        return m == null ? null : m.node();
    }

    /**
     * Whether a name of this kind could start with these words: false when no label starts with
     * the same first characters (inflection changes the end of a word, not its start).
     */
    public synchronized boolean mayStart(String kind, String text) {
        String key = NameKey.exact(text);
        Set<String> s = starts.get(kind);
        return s != null && s.contains(key.substring(0, Math.min(PREFIX, key.length())));
    }

    /** The one resource of this kind with exactly this label (any case or hyphenation), or null. */
    public synchronized Node byLabel(String kind, String name) {
        Set<Node> hits = exact.get(kind, NameKey.exact(name));
        return hits != null && hits.size() == 1 ? hits.iterator().next() : null;
    }

    /** A resolved name and how it matched: "label" (the same name, any case or hyphenation), "stem" or "base form" (an inflection). */
    public record Match(Node node, String how) {}

    /** Like {@link #find}, also saying how the name matched; null when there is no one match. */
    public synchronized Match match(String kind, String name) {
        if (name == null || name.isBlank() || kind.equals("any")) return null;
        Set<Node> hits = exact.get(kind, NameKey.exact(name));
        String how = "label";
        if (hits == null || hits.isEmpty()) {
            hits = stemmed.get(kind, NameKey.stemmed(name));
            how = "stem";
        }
        if (hits == null || hits.isEmpty()) {
            hits = byBaseForms(kind, name);
            how = "base form";
        }
        return hits != null && hits.size() == 1 ? new Match(hits.iterator().next(), how) : null;
    }

    private Set<Node> candidates(String kind, String name) {
        Set<Node> hits = exact.get(kind, NameKey.exact(name));
        if (hits == null || hits.isEmpty()) hits = stemmed.get(kind, NameKey.stemmed(name));
        if (hits == null || hits.isEmpty()) hits = byBaseForms(kind, name);
        return hits;
    }

    /** Things whose name equals a base-form candidate of the last word ("Helsingissä" → Helsinki). */
    private Set<Node> byBaseForms(String kind, String name) {
        String key = NameKey.exact(name);
        int space = key.lastIndexOf(' ');
        String head = space < 0 ? "" : key.substring(0, space + 1);
        Set<Node> hits = new LinkedHashSet<>();
        for (String candidate : fi.tyoverkko.text.FinnishBaseForms.candidates(key.substring(space + 1))) {
            Set<Node> h = exact.get(kind, head + candidate);
            if (h != null) hits.addAll(h);
        }
        return hits;
    }

    /** The one thing of any kind but concepts with this name. */
    private Node resolveAny(String name) {
        Set<Node> hits = new LinkedHashSet<>();
        for (String kind : kindsIndexed) {
            if (kind.startsWith("concept:")) continue;
            try {
                hits.add(resolve(kind, name));
            } catch (NotResolved e) {
                if (e.getMessage().startsWith("ambiguous")) throw e;
            }
        }
        if (hits.size() == 1) return hits.iterator().next();
        throw new NotResolved(hits.isEmpty() ? "unknown name '" + name + "'" : "ambiguous name '" + name + "': " + hits);
    }

    /** A region, else a municipality, by name in any inflection: where something happens or is served. */
    public synchronized Node place(String name) {
        try {
            return resolve("region", name);
        } catch (NotResolved e) {
            if (e.getMessage().startsWith("ambiguous")) throw e;
        }
        try {
            return resolve("municipality", name);
        } catch (NotResolved e) {
            throw new NotResolved("unknown region or municipality '" + name + "'");
        }
    }

    public synchronized boolean knowsKind(String kind) {
        return kindsIndexed.contains(kind);
    }
}
