package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/** {@code /sitemap.xml}: the pages of the site and every typed resource of ours, for search engines (at most 50 000 URLs, as the protocol allows). */
public final class SitemapServlet extends HttpServlet {
    static final int MAX_URLS = 50_000;
    private final DatasetGraph dsg;
    private final Supplier<Predicate<Node>> hiddenGraphs;

    public SitemapServlet(DatasetGraph dsg, Supplier<Predicate<Node>> hiddenGraphs) {
        this.dsg = dsg;
        this.hiddenGraphs = hiddenGraphs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String base = req.getScheme() + "://" + req.getServerName() + ":" + req.getServerPort();
        Set<String> paths = new LinkedHashSet<>(java.util.List.of("/", "/dataset", "/ontology", "/editor"));
        Predicate<Node> hidden = hiddenGraphs.get();
        Txn.executeRead(dsg, () -> {
            for (var it = dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Node.ANY); it.hasNext() && paths.size() < MAX_URLS; ) {
                var q = it.next();
                if (hidden.test(q.getGraph()) || !q.getSubject().isURI()) continue;
                String iri = q.getSubject().getURI();
                if (iri.startsWith(TV.ID) && !iri.contains("#")) paths.add(Html.href(iri));
            }
        });
        resp.setContentType("application/xml; charset=utf-8");
        PrintWriter w = resp.getWriter();
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String p : paths) w.write("  <url><loc>" + Html.esc(base + p) + "</loc></url>\n");
        w.write("</urlset>\n");
    }
}
