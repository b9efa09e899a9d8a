package fi.tyoverkko.web;

import fi.tyoverkko.query.CatalogueExecutor;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** Writes a query result in one of the API's formats. */
public enum ResultWriter {
    JSON_ROWS("application/json", "json"),
    SPARQL_JSON("application/sparql-results+json", "srj"),
    CSV("text/csv", "csv"),
    TSV("text/tab-separated-values", "tsv"),
    TURTLE("text/turtle", "ttl"),
    JSONLD("application/ld+json", "jsonld");

    public final String mediaType;
    public final String extension;

    ResultWriter(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static ResultWriter byExtension(String ext) {
        for (ResultWriter w : values()) if (w.extension.equals(ext)) return w;
        return null;
    }

    /** The first format the Accept header names (q-values are not weighed), else plain JSON. */
    public static ResultWriter byAccept(String accept, boolean graph) {
        if (accept != null) {
            for (String part : accept.split(",")) {
                String type = part.split(";")[0].strip();
                for (ResultWriter w : values()) if (w.mediaType.equals(type) && w.isGraph() == graph) return w;
            }
        }
        return graph ? TURTLE : JSON_ROWS;
    }

    public boolean isGraph() { return this == TURTLE || this == JSONLD; }

    public void write(CatalogueExecutor.Result r, OutputStream out) {
        if (r.graph() != null) {
            RDFDataMgr.write(out, r.graph(), this == JSONLD ? Lang.JSONLD : Lang.TURTLE);
            return;
        }
        switch (this) {
            case SPARQL_JSON -> ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(r.rowSet()), ResultSetLang.RS_JSON);
            case CSV -> ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(r.rowSet()), ResultSetLang.RS_CSV);
            case TSV -> ResultSetMgr.write(out, org.apache.jena.query.ResultSet.adapt(r.rowSet()), ResultSetLang.RS_TSV);
            default -> JSON.write(out, rows(r.vars(), r.rows()));
        }
    }

    /** Rows as a plain array of objects: numbers as numbers, IRIs and other literals as strings. */
    static JsonArray rows(List<Var> vars, List<Binding> rows) {
        JsonArray arr = new JsonArray();
        for (Binding b : rows) {
            JsonObject o = new JsonObject();
            for (Var v : vars) {
                Node n = b.get(v);
                if (n != null) o.put(v.getVarName(), value(n));
            }
            arr.add(o);
        }
        return arr;
    }

    private static JsonValue value(Node n) {
        if (n.isLiteral()) {
            var dt = n.getLiteralDatatype();
            String lex = n.getLiteralLexicalForm();
            try {
                if (dt instanceof XSDDatatype x && (x == XSDDatatype.XSDinteger || x == XSDDatatype.XSDint || x == XSDDatatype.XSDlong)) {
                    return org.apache.jena.atlas.json.JsonNumber.value(Long.parseLong(lex));
                }
                if (dt == XSDDatatype.XSDdecimal || dt == XSDDatatype.XSDdouble || dt == XSDDatatype.XSDfloat) {
                    return org.apache.jena.atlas.json.JsonNumber.value(new java.math.BigDecimal(lex));
                }
                if (dt == XSDDatatype.XSDboolean) return new org.apache.jena.atlas.json.JsonBoolean(Boolean.parseBoolean(lex));
            } catch (RuntimeException e) {
                // ill-typed literal: give its text
            }
            return new org.apache.jena.atlas.json.JsonString(lex);
        }
        return new org.apache.jena.atlas.json.JsonString(n.isURI() ? n.getURI() : n.toString());
    }
}
