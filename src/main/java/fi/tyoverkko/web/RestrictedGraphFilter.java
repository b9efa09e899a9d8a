package fi.tyoverkko.web;

import fi.tyoverkko.vocab.TV;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Graph Store reads of a restricted graph on the public dataset answer 404, as if it did not exist. */
final class RestrictedGraphFilter implements Filter {
    private final PublicView view;

    RestrictedGraphFilter(PublicView view) {
        this.view = view;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        String graph = req.getParameter("graph");
        String name = graph == null ? null : TV.graphName(graph);
        if (name != null && view.restricted().contains(name) && req instanceof HttpServletRequest) {
            ((HttpServletResponse) resp).sendError(404, "No such graph");
            return;
        }
        chain.doFilter(req, resp);
    }
}
