package fi.tyoverkko.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.LongSupplier;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** GET /health: 200 and a small JSON body when the store answers, 503 when it does not. */
final class HealthServlet extends HttpServlet {
    /** Counts the store's graphs, or fails when the store does not answer. */
    private final LongSupplier graphs;

    HealthServlet(DatasetGraph dsg) {
        this(() -> Txn.calculateRead(dsg, () -> { long n = 0; for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++; return n; }));
    }

    HealthServlet(LongSupplier graphs) { this.graphs = graphs; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json");
        resp.setHeader("Cache-Control", "no-store");
        try {
            long n = graphs.getAsLong();
            resp.getWriter().write("{\"status\":\"ok\",\"graphs\":" + n + "}");
        } catch (RuntimeException e) {
            resp.setStatus(503);
            resp.getWriter().write("{\"status\":\"unavailable\"}");
        }
    }
}
