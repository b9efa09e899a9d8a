package fi.tyoverkko.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers a public server should send with everything: no MIME sniffing, no framing by other
 * sites, no referrer leaks, and a content policy that allows only this server's own resources.
 */
final class SecurityHeadersFilter implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        if (resp instanceof HttpServletResponse r) {
            r.setHeader("X-Content-Type-Options", "nosniff");
            r.setHeader("X-Frame-Options", "DENY");
            r.setHeader("Referrer-Policy", "same-origin");
            // inline styles are allowed (the vendored SPARQL editor sets some); scripts only from this server
            r.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        }
        chain.doFilter(req, resp);
    }
}
