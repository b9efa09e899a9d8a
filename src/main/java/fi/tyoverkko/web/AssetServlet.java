package fi.tyoverkko.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The dashboard's files from the program itself (the page, its script and style, and the
 * vendored libraries), so that it works offline: {@code /} is the dashboard, {@code /editor} the
 * SPARQL editor, {@code /assets/...} everything they load. Nothing about the data is in these
 * files; the pages fetch it from {@code /api} when they run.
 */
final class AssetServlet extends HttpServlet {
    private static final String ROOT = "/fi/tyoverkko/web/assets/";
    private static final Map<String, String> PAGES = Map.of("/", "index.html", "/editor", "editor.html", "/favicon.ico", "favicon.svg");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
        "css", "text/css; charset=utf-8", "txt", "text/plain; charset=utf-8", "md", "text/markdown; charset=utf-8", "map", "application/json", "svg", "image/svg+xml");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        String file = PAGES.get(path);
        if (file == null && path.startsWith("/assets/")) file = path.substring("/assets/".length());
        // only plain names below the assets folder: no "..", no hidden files
        if (file == null || !file.matches("([a-z0-9-]+/)?[A-Za-z0-9][A-Za-z0-9.-]*\\.(html|js|css|txt|md|map|svg)") || file.contains("..")) {
            resp.sendError(404, "Not found");
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                resp.sendError(404, "Not found");
                return;
            }
            resp.setContentType(TYPES.get(file.substring(file.lastIndexOf('.') + 1)));
            // pages may change with the program; libraries rarely do
            resp.setHeader("Cache-Control", file.startsWith("vendor/") ? "public, max-age=86400" : "public, max-age=300");
            in.transferTo(resp.getOutputStream());
        }
    }
}
