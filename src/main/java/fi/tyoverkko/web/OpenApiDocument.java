package fi.tyoverkko.web;

import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.Parameter;
import fi.tyoverkko.query.QueryCatalogue;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** An OpenAPI 3 description of the named-query API, generated from the catalogue's headers. */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static JsonObject of(QueryCatalogue catalogue, String version) {
        JsonObject doc = new JsonObject();
        doc.put("openapi", "3.0.3");
        JsonObject info = new JsonObject();
        info.put("title", "Työverkko API");
        info.put("description", "Named queries over the knowledge base of Finland's employment ecosystem. "
            + "Nimetyt kyselyt Suomen työllisyysekosysteemin tietopohjaan.");
        info.put("version", version);
        doc.put("info", info);
        JsonObject paths = new JsonObject();
        for (NamedQuery q : catalogue.all()) paths.put("/api/" + q.name(), path(q));
        doc.put("paths", paths);
        return doc;
    }

    private static JsonObject path(NamedQuery q) {
        JsonObject get = new JsonObject();
        get.put("operationId", q.name());
        get.put("summary", q.titleEn() + " / " + q.titleFi());
        get.put("description", (q.descriptionEn() + "\n\n" + q.descriptionFi()).strip());
        JsonArray tags = new JsonArray();
        q.tags().forEach(tags::add);
        get.put("tags", tags);
        JsonArray params = new JsonArray();
        for (Parameter p : q.parameters().values()) {
            JsonObject jp = new JsonObject();
            jp.put("name", p.name());
            jp.put("in", "query");
            jp.put("required", p.required());
            if (!p.description().isEmpty()) jp.put("description", p.description());
            JsonObject schema = new JsonObject();
            switch (p.type()) {
                case "integer" -> schema.put("type", "integer");
                case "decimal" -> schema.put("type", "number");
                case "boolean" -> schema.put("type", "boolean");
                case "date" -> { schema.put("type", "string"); schema.put("format", "date"); }
                case "year" -> { schema.put("type", "string"); schema.put("pattern", "^[0-9]{4}$"); }
                case "iri" -> { schema.put("type", "string"); schema.put("format", "uri"); }
                default -> schema.put("type", "string");
            }
            if (p.defaultValue() != null) schema.put("default", p.defaultValue());
            if (!p.allowed().isEmpty()) {
                JsonArray e = new JsonArray();
                p.allowed().forEach(e::add);
                schema.put("enum", e);
            }
            jp.put("schema", schema);
            params.add(jp);
        }
        get.put("parameters", params);
        JsonObject content = new JsonObject();
        boolean graph = !q.query().isSelectType() && !q.query().isAskType();
        for (ResultWriter w : ResultWriter.values()) {
            if (w.isGraph() == graph) content.put(w.mediaType, new JsonObject());
        }
        JsonObject ok = new JsonObject();
        ok.put("description", "results");
        ok.put("content", content);
        JsonObject bad = new JsonObject();
        bad.put("description", "a parameter is unknown, missing or invalid");
        JsonObject responses = new JsonObject();
        responses.put("200", ok);
        responses.put("400", bad);
        get.put("responses", responses);
        JsonObject item = new JsonObject();
        item.put("get", get);
        return item;
    }
}
