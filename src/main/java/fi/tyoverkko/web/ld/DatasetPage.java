package fi.tyoverkko.web.ld;

import fi.tyoverkko.build.MetaGraph;
import fi.tyoverkko.vocab.TV;
import java.util.List;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/** The dataset description as a page: what is in it, from where, under which licence, and how to query it. */
final class DatasetPage {
    private DatasetPage() {}

    static String render(Graph g, String base) {
        Labels labels = new Labels(g);
        Node ds = MetaGraph.DATASET;
        StringBuilder b = new StringBuilder("<article class=\"dataset\"><h1>Aineisto <span lang=\"en\">/ Dataset</span>: ")
            .append(Html.esc(labels.of(ds))).append("</h1>");
        b.append("<p>").append(Html.esc(first(g, ds, TV.VOID + "triples"))).append(" kolmikkoa / triples · päivitetty / last built ")
            .append(Html.esc(first(g, ds, TV.DCTERMS + "modified"))).append("</p>");
        b.append("<p>Muodot <span lang=\"en\">/ Formats</span>: <a href=\"/.well-known/void?format=ttl\">VoID/DCAT Turtle</a> ")
            .append("<a href=\"/.well-known/void?format=jsonld\">JSON-LD</a> · <a href=\"/sitemap.xml\">sitemap.xml</a></p>");

        b.append("<h2>Rajapinnat <span lang=\"en\">/ Endpoints</span></h2><ul>");
        for (String path : List.of("/kb/sparql", "/kb/get", "/api")) {
            Node s = DatasetServlet.uri(base + path);
            b.append("<li><a href=\"").append(Html.esc(path)).append("\">").append(Html.esc(path)).append("</a> – ")
                .append(Html.esc(labels.of(s))).append("</li>");
        }
        b.append("<li><a href=\"/editor\">/editor</a> – SPARQL-editori / SPARQL editor</li></ul>");

        b.append("<h2>Nimetyt graafit <span lang=\"en\">/ Named graphs</span></h2><table class=\"graphs\"><thead><tr>")
            .append("<th>Graafi / Graph</th><th>Kolmikot / Triples</th><th>Lähde / Source</th><th>Lisenssi / Licence</th><th>Rakennettu / Built</th></tr></thead><tbody>");
        TreeMap<String, Node> graphs = new TreeMap<>();
        for (Node n : DatasetServlet.objects(g, ds, TV.VOID + "subset")) graphs.put(n.getURI(), n);
        for (Node n : graphs.values()) {
            boolean restricted = !DatasetServlet.objects(g, n, TV.NS + "restricted").isEmpty();
            b.append("<tr><td><a href=\"").append(Html.esc(Html.href(n.getURI()))).append("\">").append(Html.esc(TV.graphName(n.getURI()))).append("</a>")
                .append(restricted ? " <span class=\"tag\">rajattu / restricted</span>" : "").append("</td><td class=\"num\">")
                .append(Html.esc(first(g, n, TV.VOID + "triples"))).append("</td><td>");
            for (Node src : DatasetServlet.objects(g, n, TV.DCTERMS + "source")) b.append(Html.esc(src.getLiteralLexicalForm())).append("<br>");
            b.append("</td><td>");
            for (Node l : DatasetServlet.objects(g, n, TV.DCTERMS + "license")) b.append("<a href=\"").append(Html.esc(l.getURI())).append("\">")
                .append(Html.esc(l.getURI())).append("</a><br>");
            for (Node a : DatasetServlet.objects(g, n, "http://creativecommons.org/ns#attributionName")) b.append("<small>").append(Html.esc(a.getLiteralLexicalForm())).append("</small>");
            b.append("</td><td>").append(Html.esc(first(g, n, TV.PROV + "generatedAtTime"))).append("</td></tr>");
        }
        b.append("</tbody></table>");

        b.append("<h2>Esimerkkikyselyt <span lang=\"en\">/ Example queries</span></h2><ul>");
        for (Node part : DatasetServlet.objects(g, DatasetServlet.uri(base + "/api"), TV.DCTERMS + "hasPart")) {
            String path = part.getURI().substring(base.length());
            b.append("<li><a href=\"").append(Html.esc(path)).append("\">").append(Html.esc(labels.of(part))).append("</a> ")
                .append("(<a href=\"").append(Html.esc(path)).append(".csv\">CSV</a>)</li>");
        }
        b.append("</ul></article>");
        return Html.page("fi", "Aineisto / Dataset", "", b.toString());
    }

    private static String first(Graph g, Node s, String p) {
        List<Node> o = DatasetServlet.objects(g, s, p);
        return o.isEmpty() ? "" : o.get(0).isLiteral() ? o.get(0).getLiteralLexicalForm() : o.get(0).getURI();
    }
}
