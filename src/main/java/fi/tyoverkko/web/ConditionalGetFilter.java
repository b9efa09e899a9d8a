package fi.tyoverkko.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * HTTP caching for answers that depend only on the knowledge base, the request URL and the
 * negotiated format: an ETag made of the knowledge base's version and those, Last-Modified from
 * the last build. A conditional GET that still matches gets 304 before any query runs; a rebuild
 * that changes data changes every ETag. Error answers carry no validators.
 */
final class ConditionalGetFilter implements Filter {
    /** Clients may reuse an answer for a minute, then must ask again (cheap when it is a 304). */
    static final String CACHE_CONTROL = "public, max-age=60, must-revalidate";
    private final Supplier<KnowledgeBaseVersion> version;

    ConditionalGetFilter(Supplier<KnowledgeBaseVersion> version) {
        this.version = version;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest req) || !(response instanceof HttpServletResponse resp)
            || !("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            chain.doFilter(request, response);
            return;
        }
        KnowledgeBaseVersion v = version.get();
        String etag = "\"" + v.tag() + "-" + KnowledgeBaseVersion.digest(req.getRequestURI() + "?" + req.getQueryString()
            + "|" + req.getHeader("Accept") + "|" + req.getHeader("Accept-Language") + "|" + req.getHeader("Accept-Encoding")) + "\"";
        long lastModified = v.modified().toEpochMilli() / 1000 * 1000;
        if (notModified(req, etag, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            setValidators(resp, etag, lastModified);
            return;
        }
        setValidators(resp, etag, lastModified);
        chain.doFilter(req, new HttpServletResponseWrapper(resp) {
            @Override public void setStatus(int sc) { dropValidatorsUnlessOk(sc); super.setStatus(sc); }
            @Override public void sendError(int sc) throws IOException { dropValidatorsUnlessOk(sc); super.sendError(sc); }
            @Override public void sendError(int sc, String msg) throws IOException { dropValidatorsUnlessOk(sc); super.sendError(sc, msg); }
            private void dropValidatorsUnlessOk(int sc) {
                if (sc == HttpServletResponse.SC_OK) return;
                setHeader("ETag", null);
                setHeader("Last-Modified", null);
                setHeader("Cache-Control", "no-store");
            }
        });
    }

    private static boolean notModified(HttpServletRequest req, String etag, long lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String t : inm.split(",")) {
                String tag = t.strip();
                if (tag.startsWith("W/")) tag = tag.substring(2);
                if (tag.equals(etag) || tag.equals("*")) return true;
            }
            return false;
        }
        try {
            long since = req.getDateHeader("If-Modified-Since");
            return since >= 0 && lastModified > 0 && lastModified <= since;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void setValidators(HttpServletResponse resp, String etag, long lastModified) {
        resp.setHeader("ETag", etag);
        if (lastModified > 0) resp.setDateHeader("Last-Modified", lastModified);
        resp.setHeader("Cache-Control", CACHE_CONTROL);
        resp.setHeader("Vary", "Accept, Accept-Language, Accept-Encoding"); // the API sends gzip to those who take it
    }
}
