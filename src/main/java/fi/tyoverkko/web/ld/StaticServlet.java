package fi.tyoverkko.web.ld;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Two small files the linked-data pages need: their stylesheet and the published JSON-LD context. */
public final class StaticServlet extends HttpServlet {
    private final String resource;
    private final String mediaType;

    public StaticServlet(String resource, String mediaType) {
        this.resource = resource;
        this.mediaType = mediaType;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        try (var in = StaticServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            resp.setContentType(mediaType);
            resp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
