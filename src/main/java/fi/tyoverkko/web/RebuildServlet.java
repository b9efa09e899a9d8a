package fi.tyoverkko.web;

import fi.tyoverkko.build.BuildFailed;
import fi.tyoverkko.load.SourceException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /admin/rebuild}: rebuilds the knowledge base from the project's files inside the
 * running server (the store is locked to this process, so a separate {@code tyoverkko build}
 * cannot). Changed graphs are replaced in one write transaction and the text index is swapped,
 * so queries running meanwhile see the whole old or the whole new knowledge base. One rebuild
 * at a time; HTTP Basic authentication with the update credentials.
 */
final class RebuildServlet extends HttpServlet {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildServlet.class);
    private final Supplier<String> rebuild;
    private final byte[] expectedAuth;

    RebuildServlet(Supplier<String> rebuild, String user, String password) {
        this.rebuild = rebuild;
        this.expectedAuth = ("Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String auth = req.getHeader("Authorization");
        if (auth == null || !MessageDigest.isEqual(expectedAuth, auth.getBytes(StandardCharsets.UTF_8))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"Tyoverkko\"");
            resp.sendError(401);
            return;
        }
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        String summary;
        synchronized (this) {
            try {
                summary = rebuild.get();
            } catch (RuntimeException e) {
                LOG.warn("Rebuild failed", e);
                resp.setStatus(422);
                resp.getWriter().write("Rakentaminen epäonnistui / Build failed:\n" + describe(e) + "\n");
                return;
            } finally {
                // the build's scratch files, made or failed, are garbage now: unmap them before the next one
                fi.tyoverkko.store.MappedInts.releaseUnreferenced();
            }
        }
        resp.getWriter().write(summary + "\n");
    }

    /** What went wrong, located in the project's files; internal failures only in the server log. */
    private static String describe(RuntimeException e) {
        String unchanged = "\nTietopohja on ennallaan. / The knowledge base is unchanged.";
        if (e instanceof SourceException se) return se + unchanged;
        if (e instanceof BuildFailed bf) {
            StringBuilder sb = new StringBuilder(bf.getMessage());
            bf.problems().stream().limit(50).forEach(p -> sb.append("\n  ").append(p));
            return sb.append(unchanged).toString();
        }
        return "internal error (see the server log)";
    }
}
