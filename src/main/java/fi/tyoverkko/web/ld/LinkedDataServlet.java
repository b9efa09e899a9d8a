package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * Serves every identifier of ours at its path: {@code https://w3id.org/tyoverkko/id/...} at
 * {@code /id/...}, named graphs at {@code /graph/...}. HTML for browsers, Turtle, JSON-LD or
 * N-Triples by the Accept header or {@code ?format=}; a 404 page that helps for unknown ones.
 */
public final class LinkedDataServlet extends HttpServlet {
    private static final Pattern SAFE_PATH = Pattern.compile("/(id|graph)/[A-Za-z0-9._~%/-]+");
    private static final Node GEOMETRY = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#hasGeometry");
    private static final Node AS_GEOJSON = NodeFactory.createURI("http://www.opengis.net/ont/geosparql#asGeoJSON");
    private static final Node CONTAINED_IN = NodeFactory.createURI(TV.SCHEMA + "containedInPlace");
    private final DatasetGraph dsg;
    private final Supplier<Predicate<Node>> hiddenGraphs;

    /** {@code hiddenGraphs} gives, at each request, the graphs this server must not show (personal data). */
    public LinkedDataServlet(DatasetGraph dsg, Supplier<Predicate<Node>> hiddenGraphs) {
        this.dsg = dsg;
        this.hiddenGraphs = hiddenGraphs;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Format format = chooseFormat(req, resp);
        if (format == null) return;
        Predicate<Node> hidden = hiddenGraphs.get();
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!SAFE_PATH.matcher(path).matches()) {
            notFound(resp, format, path, hidden);
            return;
        }
        Node s = NodeFactory.createURI(TV.BASE + path.substring(1));
        ResourceDescription d = ResourceDescription.of(dsg, s, hidden);
        if (!d.exists()) {
            notFound(resp, format, path, hidden);
            return;
        }
        send(resp, format, d, hidden);
    }

    private void send(HttpServletResponse resp, Format format, ResourceDescription d, Predicate<Node> hidden) throws IOException {
        if (format == Format.HTML) {
            resp.setContentType("text/html; charset=utf-8");
            resp.getOutputStream().write(ResourcePage.render(d, placeMap(d, hidden)).getBytes(StandardCharsets.UTF_8));
        } else {
            resp.setContentType(format.mediaType + (format == Format.JSONLD ? "" : "; charset=utf-8"));
            RdfOutput.write(d.graph(), format, resp.getOutputStream());
        }
    }

    /** The format asked for; null after answering 400 (unknown ?format=) or 406 (nothing acceptable). */
    static Format chooseFormat(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String asked = req.getParameter("format");
        if (asked != null) {
            Format f = Format.byName(asked);
            if (f == null) {
                resp.setStatus(400);
                resp.setContentType("text/plain; charset=utf-8");
                resp.getWriter().write("Tuntematon muoto / Unknown format: " + asked + " (html, ttl, jsonld, nt)\n");
            }
            return f;
        }
        Format f = Format.negotiate(req.getHeader("Accept"));
        if (f == null) {
            resp.setStatus(406);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("Saatavilla / Available: text/html, text/turtle, application/ld+json, application/n-triples\n");
        }
        return f;
    }

    private void notFound(HttpServletResponse resp, Format format, String path, Predicate<Node> hidden) throws IOException {
        resp.setStatus(404);
        if (format != Format.HTML) {
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("Tunnistetta ei löydy / No such identifier: " + path + "\n");
            return;
        }
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(NotFoundPage.render(dsg, path, hidden).getBytes(StandardCharsets.UTF_8));
    }

    /** For a region or a municipality: the regions of Finland with it (or its region) highlighted. */
    private String placeMap(ResourceDescription d, Predicate<Node> hidden) {
        Node s = d.subject();
        return Txn.calculateRead(dsg, () -> {
            Node region = null;
            if (has(s, GEOMETRY)) region = s;
            else {
                for (var it = dsg.find(Node.ANY, s, CONTAINED_IN, Node.ANY); it.hasNext() && region == null; ) {
                    Node r = it.next().getObject();
                    if (has(r, GEOMETRY)) region = r;
                }
            }
            if (region == null) return "";
            Map<String, String> shapes = new TreeMap<>();
            Map<String, String> titles = new HashMap<>();
            Map<String, String> links = new HashMap<>();
            for (var it = dsg.find(Node.ANY, Node.ANY, GEOMETRY, Node.ANY); it.hasNext(); ) {
                var q = it.next();
                if (hidden.test(q.getGraph())) continue;
                var geo = dsg.find(Node.ANY, q.getObject(), AS_GEOJSON, Node.ANY);
                if (!geo.hasNext()) continue;
                String r = q.getSubject().getURI();
                shapes.put(r, geo.next().getObject().getLiteralLexicalForm());
                var label = dsg.find(Node.ANY, q.getSubject(), NodeFactory.createURI(TV.SKOS + "prefLabel"), Node.ANY);
                while (label.hasNext()) {
                    Node l = label.next().getObject();
                    if (l.getLiteralLanguage().equals("fi")) titles.put(r, l.getLiteralLexicalForm());
                }
                links.put(r, Html.href(r));
            }
            return PlaceMap.svg(shapes, region.getURI(), titles, links);
        });
    }

    private boolean has(Node s, Node p) {
        return dsg.find(Node.ANY, s, p, Node.ANY).hasNext();
    }

}
