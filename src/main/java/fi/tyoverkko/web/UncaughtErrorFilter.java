package fi.tyoverkko.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception nobody handled becomes a plain 500 without the
 * exception's class or message (Jetty's own error page would print them); the details go to
 * the server log.
 */
final class UncaughtErrorFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorFilter.class);
    static final String MESSAGE = "Palvelinvirhe; tiedot ovat palvelimen lokissa / Server error; the details are in the server log";

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (RuntimeException | ServletException e) {
            String what = req instanceof HttpServletRequest r ? r.getMethod() + " " + r.getRequestURI() : "request";
            LOG.error("Unhandled failure in " + what, e);
            if (resp instanceof HttpServletResponse r && !r.isCommitted()) {
                r.reset();
                r.sendError(500, MESSAGE);
            }
        }
    }
}
