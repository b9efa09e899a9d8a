package fi.tyoverkko.load.document;

import fi.tyoverkko.resolve.NameKey;
import fi.tyoverkko.text.FinnishBaseForms;
import fi.tyoverkko.resolve.Resolver;
import fi.tyoverkko.vocab.TV;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Graph;

/**
 * {@link KnownThings} through the build's {@link Resolver}: exact labels, variants and
 * abbreviations, Lucene's Finnish light stemmer and rule-based base forms. Labels are read from
 * the data built so far, as one graph.
 */
public final class ResolvedThings implements KnownThings {
    private static final Node PREF_LABEL = NodeFactory.createURI(TV.SKOS + "prefLabel");
    private final Resolver resolver;
    private final Graph graphs;
    /** Most names remembered; a text of millions of distinct capitalised words must not fill the memory. */
    private static final int CACHE_SIZE = 50_000;
    private final Map<String, Optional<Known>> cache = new java.util.LinkedHashMap<>(1024, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, Optional<Known>> eldest) { return size() > CACHE_SIZE; }
    };

    /**
     * Finnish labels found so far, by node: many names resolve to the same organisation.
     */
    private final Map<Node, String> finnishLabels = new java.util.HashMap<>();

    public ResolvedThings(Resolver resolver, Graph graphs) {
        this.resolver = resolver;
        this.graphs = graphs;
    }

    @Override
    public synchronized Optional<Known> find(String kind, String name) {
        return cache.computeIfAbsent(kind + "\u0000" + name, k -> lookup(kind, name));
    }

    private Optional<Known> lookup(String kind, String name) {
        if (!resolver.knowsKind(kind) || !resolver.mayStart(kind, name)) return Optional.empty();
        Resolver.Match m = byBaseForm(kind, name);
        if (m == null) m = resolver.match(kind, name);
        if (m == null || !m.node().isURI()) return Optional.empty();
        String label = label(m.node());
        String how = NameKey.exact(name).equals(NameKey.exact(label)) ? "label"
            : m.how().equals("label") ? "name variant or abbreviation" : "Finnish inflection (" + m.how() + ")";
        return Optional.of(new Known(m.node().getURI(), label, how + ": '" + name + "' = '" + label + "'"));
    }

    /**
     * A rule-based base form of the last word that is exactly a label ("Oulun" → Oulu), tried
     * before the stemmer, whose stems of different names can coincide.
     */
    private Resolver.Match byBaseForm(String kind, String name) {
        String key = NameKey.exact(name);
        int space = key.lastIndexOf(' ');
        String head = space < 0 ? "" : key.substring(0, space + 1);
        for (String candidate : FinnishBaseForms.candidates(key.substring(space + 1))) {
            Node n = resolver.byLabel(kind, head + candidate);
            if (n != null) return new Resolver.Match(n, head.isEmpty() && candidate.equals(key) ? "label" : "base form");
        }
        return null;
    }

    private String label(Node n) {
        String known = finnishLabels.get(n);
        if (known != null) return known;
        String any = null;
        for (var it = graphs.find(n, PREF_LABEL, Node.ANY); it.hasNext(); ) {
            Node o = it.next().getObject();
            if (!o.isLiteral()) continue;
            if ("fi".equals(o.getLiteralLanguage())) {
                finnishLabels.put(n, o.getLiteralLexicalForm());
                return o.getLiteralLexicalForm();
            }
            any = o.getLiteralLexicalForm();
        }
        return any != null ? any : n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
    }

}
