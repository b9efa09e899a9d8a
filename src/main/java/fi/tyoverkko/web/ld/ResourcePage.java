package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * The HTML page of a resource: its names in Finnish, Swedish and English, its statements grouped
 * by kind (names, description, time, place, links, other), the sources and quotes behind it, the
 * statements that point to it, a small map for places, and links to its other formats.
 */
public final class ResourcePage {
    private ResourcePage() {}

    /** Groups of properties by their IRI, in the order they are shown; the rest go to "links" or "other". */
    private static final Map<String, String[]> GROUPS = new LinkedHashMap<>();
    static {
        GROUPS.put("names", new String[] {"Nimet", "Names", TV.SKOS + "prefLabel", TV.SKOS + "altLabel", "http://www.w3.org/2000/01/rdf-schema#label", TV.SCHEMA + "name", TV.DCTERMS + "title", TV.SKOS + "notation"});
        GROUPS.put("description", new String[] {"Kuvaus", "Description", TV.SCHEMA + "description", TV.DCTERMS + "description", "http://www.w3.org/2000/01/rdf-schema#comment", TV.SKOS + "definition", TV.SCHEMA + "jobTitle"});
        GROUPS.put("time", new String[] {"Aika", "Time", TV.SCHEMA + "startDate", TV.SCHEMA + "endDate", TV.ORG + "memberDuring", "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod", TV.PROV + "generatedAtTime", TV.DCTERMS + "modified", TV.DCTERMS + "date"});
        GROUPS.put("place", new String[] {"Paikka", "Place", TV.SCHEMA + "location", TV.SCHEMA + "areaServed", TV.SCHEMA + "containedInPlace", "http://purl.org/linked-data/sdmx/2009/dimension#refArea", "http://www.opengis.net/ont/geosparql#hasGeometry"});
    }
    private static final Node EVIDENCE = TV.term("evidence");

    public static String render(ResourceDescription d, String mapSvg) {
        Labels labels = new Labels(d.graph());
        Node s = d.subject();
        String iri = s.getURI();
        Map<String, String> names = labels.byLanguage(s);
        String title = labels.of(s);
        StringBuilder b = new StringBuilder();
        b.append("<article class=\"resource\"><div class=\"head\"><div>");
        b.append("<p class=\"types\">");
        for (var it = d.graph().find(s, RDF.type.asNode(), Node.ANY); it.hasNext(); ) {
            Node t = it.next().getObject();
            b.append(link(t, labels)).append(' ');
        }
        b.append("</p><h1>").append(Html.esc(title)).append("</h1>");
        for (var e : names.entrySet()) {
            if (e.getKey().equals("fi") || e.getValue().equals(title)) continue;
            b.append("<p class=\"altlang\" lang=\"").append(Html.esc(e.getKey())).append("\">")
                .append(e.getKey().isEmpty() ? "" : "<span class=\"lang\">" + Html.esc(e.getKey()) + "</span> ")
                .append(Html.esc(e.getValue())).append("</p>");
        }
        b.append("<p class=\"iri\"><code>").append(Html.esc(iri)).append("</code></p>");
        String path = Html.href(iri).replaceAll("#.*", "");
        b.append("<p class=\"formats\">Muut muodot / Other formats: ");
        for (Format f : List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES)) {
            b.append("<a href=\"").append(Html.esc(path)).append("?format=").append(f.key).append("\">").append(f.key).append("</a> ");
        }
        b.append("</p></div>");
        if (!mapSvg.isEmpty()) b.append("<figure class=\"map\">").append(mapSvg).append("</figure>");
        b.append("</div>");

        // outbound statements, grouped
        Map<String, Map<Node, List<Node>>> grouped = new LinkedHashMap<>();
        for (String g : GROUPS.keySet()) grouped.put(g, new LinkedHashMap<>());
        grouped.put("links", new TreeMap<>((x, y) -> x.toString().compareTo(y.toString())));
        grouped.put("other", new TreeMap<>((x, y) -> x.toString().compareTo(y.toString())));
        for (Quad q : d.outbound()) {
            Node p = q.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(EVIDENCE)) continue;
            String group = groupOf(p, q.getObject());
            List<Node> values = grouped.get(group).computeIfAbsent(p, k -> new ArrayList<>());
            if (!values.contains(q.getObject())) values.add(q.getObject());
        }
        String[][] headings = {{"Yhteydet", "Links"}, {"Muut tiedot", "Other facts"}};
        for (var e : grouped.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            String[] h = GROUPS.containsKey(e.getKey()) ? GROUPS.get(e.getKey())
                : e.getKey().equals("links") ? headings[0] : headings[1];
            b.append(section(e.getKey(), h[0], h[1]));
            table(b, e.getValue(), d, labels);
            b.append("</section>");
        }

        if (!d.evidence().isEmpty()) {
            b.append(section("sources", "Lähteet ja lainaukset", "Sources and quotes")).append("<ol class=\"evidence\">");
            for (Node ev : d.evidence()) evidence(b, ev, d.graph(), labels);
            b.append("</ol></section>");
        }

        if (!d.inbound().isEmpty()) {
            b.append(section("inbound", "Viittaukset tähän", "Links to this"));
            Map<Node, List<Node>> byPredicate = new TreeMap<>((x, y) -> x.toString().compareTo(y.toString()));
            for (Quad q : d.inbound()) {
                List<Node> subjects = byPredicate.computeIfAbsent(q.getPredicate(), k -> new ArrayList<>());
                if (!subjects.contains(q.getSubject())) subjects.add(q.getSubject());
            }
            b.append("<table class=\"props\">");
            for (var e : byPredicate.entrySet()) {
                b.append("<tr><th>").append(Html.esc(Labels.property(e.getKey(), d.propertyLabels()))).append(" <span class=\"dir\">←</span></th><td><ul>");
                e.getValue().stream().sorted((x, y) -> labels.of(x).compareTo(labels.of(y)))
                    .forEach(subj -> b.append("<li>").append(link(subj, labels)).append("</li>"));
                b.append("</ul></td></tr>");
            }
            b.append("</table>");
            if (d.inboundCut()) b.append("<p class=\"note\">Näytetään ").append(ResourceDescription.MAX_INBOUND)
                .append(" ensimmäistä / showing the first ").append(ResourceDescription.MAX_INBOUND).append(".</p>");
            b.append("</section>");
        }
        b.append("</article>");
        String alternate = "<link rel=\"alternate\" type=\"text/turtle\" href=\"" + Html.esc(path) + "?format=ttl\">"
            + "<link rel=\"alternate\" type=\"application/ld+json\" href=\"" + Html.esc(path) + "?format=jsonld\">";
        return Html.page("fi", title, alternate, b.toString());
    }

    private static String section(String id, String fi, String en) {
        return "<section class=\"" + id + "\"><h2>" + Html.esc(fi) + " <span lang=\"en\">/ " + Html.esc(en) + "</span></h2>";
    }

    private static String groupOf(Node p, Node o) {
        for (var e : GROUPS.entrySet()) {
            String[] v = e.getValue();
            for (int i = 2; i < v.length; i++) if (v[i].equals(p.getURI())) return e.getKey();
        }
        return o.isLiteral() ? "other" : "links";
    }

    private static void table(StringBuilder b, Map<Node, List<Node>> props, ResourceDescription d, Labels labels) {
        b.append("<table class=\"props\">");
        for (var e : props.entrySet()) {
            b.append("<tr><th>").append(Html.esc(Labels.property(e.getKey(), d.propertyLabels()))).append("</th><td><ul>");
            for (Node o : e.getValue()) b.append("<li>").append(value(o, d.graph(), labels, 0)).append("</li>");
            b.append("</ul></td></tr>");
        }
        b.append("</table>");
    }

    /** A value: a literal with its language, a link with a name, or a blank node's own statements. */
    private static String value(Node o, Graph g, Labels labels, int depth) {
        if (o.isLiteral()) {
            String lex = o.getLiteralLexicalForm();
            if (o.getLiteralDatatypeURI().equals(org.apache.jena.datatypes.xsd.XSDDatatype.XSDdouble.getURI())) {
                try { return String.format(java.util.Locale.ROOT, "%.4g", Double.parseDouble(lex)); } catch (NumberFormatException e) { return Html.esc(lex); }
            }
            if (lex.length() > 600) return "<span class=\"long\">" + Html.esc(lex.substring(0, 120)) + " … (" + lex.length() + " merkkiä / characters)</span>";
            String lang = o.getLiteralLanguage();
            return Html.esc(lex) + (lang.isEmpty() ? "" : " <span class=\"lang\">" + Html.esc(lang) + "</span>");
        }
        if (o.isBlank()) {
            if (depth > 3) return "…";
            StringBuilder sb = new StringBuilder("<dl class=\"nested\">");
            g.find(o, Node.ANY, Node.ANY).forEachRemaining(t -> sb.append("<dt>").append(Html.esc(Labels.localName(t.getPredicate())))
                .append("</dt><dd>").append(value(t.getObject(), g, labels, depth + 1)).append("</dd>"));
            return sb.append("</dl>").toString();
        }
        return link(o, labels);
    }

    static String link(Node n, Labels labels) {
        if (!n.isURI()) return Html.esc(labels.of(n));
        return "<a href=\"" + Html.esc(Html.href(n.getURI())) + "\">" + Html.esc(labels.of(n)) + "</a>";
    }

    private static final Set<String> EVIDENCE_SHOWN = Set.of(TV.NS + "quote", TV.PROV + "wasDerivedFrom");

    private static void evidence(StringBuilder b, Node ev, Graph g, Labels labels) {
        b.append("<li>");
        g.find(ev, TV.term("quote"), Node.ANY).forEachRemaining(t ->
            b.append("<blockquote lang=\"fi\">").append(Html.esc(t.getObject().getLiteralLexicalForm())).append("</blockquote>"));
        b.append("<p class=\"cite\">");
        g.find(ev, org.apache.jena.graph.NodeFactory.createURI(TV.PROV + "wasDerivedFrom"), Node.ANY)
            .forEachRemaining(t -> b.append("— ").append(link(t.getObject(), labels)).append(' '));
        g.find(ev, Node.ANY, Node.ANY).forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (EVIDENCE_SHOWN.contains(p) || t.getPredicate().equals(RDF.type.asNode()) || !t.getObject().isLiteral()) return;
            b.append("<span class=\"meta\">").append(Html.esc(Labels.localName(t.getPredicate()))).append(": ")
                .append(Html.esc(t.getObject().getLiteralLexicalForm())).append("</span> ");
        });
        b.append("</p></li>");
    }
}
