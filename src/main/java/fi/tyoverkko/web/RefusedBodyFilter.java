package fi.tyoverkko.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads what is left of a refused request's body (a POST answered 4xx before its body was
 * read, e.g. an update sent to the read-only endpoint), up to 1 MB. Without this Jetty closes
 * the connection after the answer, and a client that reuses it for its next request gets no
 * answer at all instead of the refusal it expects.
 */
final class RefusedBodyFilter implements Filter {
    private static final long DRAIN_LIMIT = 1 << 20;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, resp);
        if (resp instanceof HttpServletResponse r && r.getStatus() >= 400 && req.getContentLengthLong() != 0) {
            try {
                InputStream in = req.getInputStream();
                long left = DRAIN_LIMIT;
                byte[] buf = new byte[8192];
                for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; ) left -= n;
            } catch (IOException | IllegalStateException alreadyReadAsAReader) {
                // the body was read as characters, or the client went away: nothing to drain
            }
        }
    }
}
