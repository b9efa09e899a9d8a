package fi.tyoverkko.web;

import fi.tyoverkko.analytics.NetworkExport;
import fi.tyoverkko.analytics.NetworkSnapshot;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * {@code GET /export/network.graphml} and {@code /export/network.gexf} ({@code ?year=2019} for one
 * year): the organisation network with its metrics, for Gephi, Cytoscape and NetworkX.
 */
final class ExportServlet extends HttpServlet {
    private final DatasetGraph dsg;

    ExportServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        NetworkExport.Format format = switch (path) {
            case "/network.graphml" -> NetworkExport.Format.graphml;
            case "/network.gexf" -> NetworkExport.Format.gexf;
            default -> null;
        };
        if (format == null) {
            resp.sendError(404, "Try /export/network.graphml or /export/network.gexf");
            return;
        }
        Integer year = null;
        String y = req.getParameter("year");
        if (y != null) {
            if (!y.matches("\\d{4}")) {
                resp.sendError(400, "year must be four digits");
                return;
            }
            year = Integer.valueOf(y);
        }
        Integer chosen = year;
        StringWriter out = new StringWriter();
        try {
            Txn.executeRead(dsg, () -> NetworkSnapshot.of(dsg.getUnionGraph(), chosen).write(format, out));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ExportServlet.class).error("network export failed", e);
            resp.sendError(500, "The export failed on the server");
            return;
        }
        resp.setStatus(200);
        resp.setContentType((format == NetworkExport.Format.graphml ? "application/graphml+xml" : "application/gexf+xml") + "; charset=utf-8");
        resp.setHeader("Content-Disposition", "attachment; filename=\"tyoverkko-network." + format + "\"");
        resp.getOutputStream().write(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
