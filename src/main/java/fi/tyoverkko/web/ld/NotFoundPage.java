package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * The page for an identifier the knowledge base does not know: says so in Finnish and English,
 * suggests known identifiers of the same kind that share a word with it, and points to search.
 */
final class NotFoundPage {
    private NotFoundPage() {}

    private static final int SUGGESTIONS = 12;
    /** Typed resources looked at for suggestions, at most: a 404 must stay cheap on a big store. */
    private static final int SCANNED = 50_000;

    static String render(DatasetGraph dsg, String path, Predicate<Node> hidden) {
        String[] parts = path.split("/");
        String kind = parts.length > 2 ? parts[2] : "";
        String last = parts.length > 0 ? parts[parts.length - 1] : "";
        List<String> words = new ArrayList<>();
        for (String w : last.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (w.length() > 2) words.add(w);
        String prefix = TV.BASE + "id/" + kind + "/";
        List<String> suggestions = new ArrayList<>();
        if (parts.length > 2 && parts[1].equals("id") && !words.isEmpty()) {
            Txn.executeRead(dsg, () -> {
                int scanned = 0;
                for (var it = dsg.find(Node.ANY, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), Node.ANY);
                     it.hasNext() && suggestions.size() < SUGGESTIONS && scanned++ < SCANNED; ) {
                    Quad q = it.next();
                    if (hidden.test(q.getGraph()) || !q.getSubject().isURI()) continue;
                    String iri = q.getSubject().getURI();
                    if (!iri.startsWith(prefix) || suggestions.contains(iri)) continue;
                    String slug = iri.substring(prefix.length());
                    if (words.stream().anyMatch(slug::contains)) suggestions.add(iri);
                }
            });
        }
        StringBuilder b = new StringBuilder("<article class=\"notfound\"><h1>Tunnistetta ei löydy <span lang=\"en\">/ No such identifier</span></h1>");
        b.append("<p><code>").append(Html.esc(TV.BASE + path.substring(1))).append("</code></p>");
        b.append("<p>Tietopohjassa ei ole tätä tunnistetta. <span lang=\"en\">The knowledge base has no resource with this identifier.</span></p>");
        if (!suggestions.isEmpty()) {
            b.append("<h2>Tarkoititko <span lang=\"en\">/ Did you mean</span></h2><ul>");
            for (String s : suggestions) b.append("<li><a href=\"").append(Html.esc(Html.href(s))).append("\">").append(Html.esc(Html.href(s))).append("</a></li>");
            b.append("</ul>");
        }
        String q = String.join(" ", words);
        b.append("<p><a href=\"/api/search?q=").append(Html.esc(java.net.URLEncoder.encode(q.isEmpty() ? last : q, java.nio.charset.StandardCharsets.UTF_8)))
            .append("\">Hae tietopohjasta <span lang=\"en\">/ Search the knowledge base</span></a> · <a href=\"/\">Kojelauta <span lang=\"en\">/ Dashboard</span></a> · <a href=\"/dataset\">Aineisto <span lang=\"en\">/ Dataset</span></a></p></article>");
        return Html.page("fi", "Ei löydy / Not found", "", b.toString());
    }
}
