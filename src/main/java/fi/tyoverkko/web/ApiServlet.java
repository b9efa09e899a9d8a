package fi.tyoverkko.web;

import fi.tyoverkko.Version;
import fi.tyoverkko.query.CatalogueExecutor;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.Parameter;
import fi.tyoverkko.query.QueryCatalogue;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The named-query API: {@code GET /api} lists the catalogue, {@code GET /api/openapi.json}
 * describes it, {@code GET /api/NAME[.json|.srj|.csv|.tsv|.ttl|.jsonld]?param=value} runs a
 * query. Parameters are checked before any work (400 with a message when bad) and bound as
 * RDF terms.
 */
final class ApiServlet extends HttpServlet {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiServlet.class);
    /** Where the queries run: the local store, or another store's SPARQL endpoint. */
    @FunctionalInterface
    interface Runner {
        CatalogueExecutor.Result run(NamedQuery q, Map<String, String> params, long timeoutMillis);
    }

    private final QueryCatalogue catalogue;
    private final Runner runner;
    private final long timeoutMillis;
    /** Answers by knowledge-base version, sized by the heap. */
    private final AnswerCache answers = AnswerCache.forHeap(Runtime.getRuntime().maxMemory());

    private final java.util.function.Supplier<KnowledgeBaseVersion> version;

    /** Over the local store, restricted graphs hidden through {@code visible} when given. */
    ApiServlet(QueryCatalogue catalogue, DatasetGraph dsg, long timeoutMillis, PublicView visible,
               java.util.function.Supplier<KnowledgeBaseVersion> version) {
        this(catalogue, (q, p, t) -> CatalogueExecutor.run(q, p, dsg, t, visible == null ? null : visible::hide), timeoutMillis, version);
    }

    ApiServlet(QueryCatalogue catalogue, Runner runner, long timeoutMillis, java.util.function.Supplier<KnowledgeBaseVersion> version) {
        this.version = version;
        this.catalogue = catalogue;
        this.runner = runner;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().replaceFirst("^/", "");
        if (path.isEmpty()) {
            json(resp, 200, list());
            return;
        }
        if (path.equals("openapi.json")) {
            json(resp, 200, OpenApiDocument.of(catalogue, Version.VERSION));
            return;
        }
        String name = path, ext = null;
        int dot = path.lastIndexOf('.');
        if (dot > 0) {
            name = path.substring(0, dot);
            ext = path.substring(dot + 1);
        }
        NamedQuery q = catalogue.get(name);
        if (q == null || name.contains("/")) {
            error(resp, 404, "no query named '" + name + "' (GET /api lists them)");
            return;
        }
        if ("rq".equals(ext)) {
            // the query itself (parameters stay as unbound ?_NAME variables), for editors and for people who adapt it
            resp.setContentType("application/sparql-query; charset=utf-8");
            resp.getWriter().write("# " + q.titleFi() + " | " + q.titleEn() + "\n" + q.query().toString());
            return;
        }
        boolean graph = !q.query().isSelectType() && !q.query().isAskType();
        ResultWriter format = ext == null ? ResultWriter.byAccept(req.getHeader("Accept"), graph) : ResultWriter.byExtension(ext);
        if (format == null || format.isGraph() != graph) {
            error(resp, 400, "unknown or unsuitable format '" + ext + "'");
            return;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (var e : req.getParameterMap().entrySet()) {
            if (e.getValue().length != 1) {
                error(resp, 400, "parameter '" + e.getKey() + "' given " + e.getValue().length + " times");
                return;
            }
            params.put(e.getKey(), e.getValue()[0]);
        }
        try {
            String key = version.get().tag() + "|" + q.name() + "|" + format + "|" + new java.util.TreeMap<>(params);
            AnswerCache.Answer answer = answers.get(key, () -> {
                CatalogueExecutor.Result r = runner.run(q, params, timeoutMillis);
                return AnswerCache.Answer.of(out -> format.write(r, out));
            });
            resp.setStatus(200);
            resp.setContentType(format.mediaType + (format.mediaType.startsWith("text/") || format.mediaType.endsWith("json") ? "; charset=utf-8" : ""));
            // the length is known either way: no chunking, whatever the size
            if (acceptsGzip(req.getHeader("Accept-Encoding"))) {
                resp.setHeader("Content-Encoding", "gzip");
                resp.setContentLength(answer.gzip().length);
                resp.getOutputStream().write(answer.gzip());
            } else {
                resp.setContentLengthLong(answer.length());
                answer.writePlain(resp.getOutputStream());
            }
        } catch (Parameter.Invalid e) {
            error(resp, 400, e.getMessage());
        } catch (org.apache.jena.atlas.web.HttpException e) {
            // only a remote store answers over HTTP
            LOG.warn("the store did not answer query " + q.name() + ": " + e.getMessage());
            error(resp, 502, "the store that holds the knowledge base did not answer"
                + (e.getStatusCode() > 0 ? " (HTTP " + e.getStatusCode() + ")" : ""));
        } catch (UnsupportedOperationException e) {
            error(resp, 501, e.getMessage());
        } catch (QueryCancelledException e) {
            error(resp, 503, "the query took longer than " + timeoutMillis / 1000 + " s and was stopped");
        } catch (RuntimeException e) {
            if (isSearchSyntaxError(e)) {
                error(resp, 400, "the search words could not be read (check quotes and brackets)");
            } else {
                // the details go to the server log, never to the caller
                LOG.error("query " + q.name() + " failed", e);
                error(resp, 500, "the query failed on the server; the operator can find the details in its log");
            }
        }
    }

    /** Whether an Accept-Encoding header allows gzip (named, or by *, with a q-value above 0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.split(";");
            String coding = p[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("*")) continue;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].strip().toLowerCase(java.util.Locale.ROOT);
                if (param.startsWith("q=")) {
                    try {
                        if (Double.parseDouble(param.substring(2).strip()) <= 0) return false;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }
            }
            return true;
        }
        return false;
    }

    /** Lucene could not parse the words given to text:query. */
    private static boolean isSearchSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().startsWith("org.apache.lucene.queryparser") || t.getClass().getSimpleName().equals("TextIndexParseException")) return true;
        }
        return false;
    }

    private JsonArray list() {
        JsonArray arr = new JsonArray();
        for (NamedQuery q : catalogue.all()) {
            JsonObject o = new JsonObject();
            o.put("name", q.name());
            o.put("url", "/api/" + q.name());
            JsonObject title = new JsonObject();
            title.put("fi", q.titleFi());
            title.put("en", q.titleEn());
            o.put("title", title);
            JsonObject desc = new JsonObject();
            desc.put("fi", q.descriptionFi());
            desc.put("en", q.descriptionEn());
            o.put("description", desc);
            JsonArray tags = new JsonArray();
            q.tags().forEach(tags::add);
            o.put("tags", tags);
            JsonArray params = new JsonArray();
            for (Parameter p : q.parameters().values()) {
                JsonObject jp = new JsonObject();
                jp.put("name", p.name());
                jp.put("type", p.type());
                jp.put("required", p.required());
                if (p.defaultValue() != null) jp.put("default", p.defaultValue());
                if (!p.allowed().isEmpty()) {
                    JsonArray a = new JsonArray();
                    p.allowed().forEach(a::add);
                    jp.put("values", a);
                }
                jp.put("description", p.description());
                params.add(jp);
            }
            o.put("parameters", params);
            arr.add(o);
        }
        return arr;
    }

    private static void json(HttpServletResponse resp, int status, org.apache.jena.atlas.json.JsonValue v) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.write(out, v);
        resp.getOutputStream().write(out.toByteArray());
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        JsonObject o = new JsonObject();
        o.put("error", message);
        o.put("status", status);
        json(resp, status, o);
    }

}
