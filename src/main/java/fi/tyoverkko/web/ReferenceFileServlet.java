package fi.tyoverkko.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code GET /data/regions.geojson}: the region boundaries for maps, straight from
 * data/reference (CC BY 4.0, Statistics Finland; the attribution travels in a header).
 * Only the GeoJSON files of that folder are served, by exact name.
 */
final class ReferenceFileServlet extends HttpServlet {
    private final Path folder;

    ReferenceFileServlet(Path referenceFolder) { this.folder = referenceFolder; }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        if (!name.matches("[a-z_]+\\.geojson") || !Files.isRegularFile(folder.resolve(name))) {
            resp.sendError(404, "No such file");
            return;
        }
        resp.setContentType("application/geo+json");
        resp.setHeader("Cache-Control", "public, max-age=3600");
        resp.setHeader("X-Attribution", "Tilastokeskus / Statistics Finland, CC BY 4.0");
        resp.getOutputStream().write(Files.readAllBytes(folder.resolve(name)));
    }
}
