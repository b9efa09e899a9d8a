package fi.tyoverkko.query;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.PatternVars;

/**
 * A query of the catalogue: a {@code queries/NAME.rq} file whose comment header describes it,
 * so that the file stays plain SPARQL (in the spirit of grlc's decorators):
 * <pre>
 * #+ title: Maakunnat ja kumppanit | Regions and their partners
 * #+ description.fi: …
 * #+ description.en: …
 * #+ tags: regions, partners
 * #+ param year: type=year; default=2018; description=Vuosi | Year
 * #+ param programme: type=string; values=STEA|ESR|ESR+; required
 * </pre>
 * A parameter {@code NAME} is the variable {@code ?_NAME} in the query. A header that cannot be
 * read, a parameter the query does not use, or a {@code ?_var} without a declaration is an error.
 */
public record NamedQuery(String name, String path, String titleFi, String titleEn, String descriptionFi,
                         String descriptionEn, List<String> tags, Map<String, Parameter> parameters, Query query) {

    public static NamedQuery read(Path file, String shownPath) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw SourceException.of(shownPath, "cannot read query: " + e.getMessage());
        }
        String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
        Map<String, String> header = new LinkedHashMap<>();
        Map<String, Parameter> params = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.startsWith("#+")) continue;
            int colon = l.indexOf(':');
            if (colon < 0) throw new SourceException(shownPath, i + 1, 1, "header line needs 'key: value'");
            String key = l.substring(2, colon).strip();
            String value = l.substring(colon + 1).strip();
            if (key.startsWith("param ")) {
                Parameter p = parseParam(key.substring(6).strip(), value, shownPath, i + 1);
                params.put(p.name(), p);
            } else if (List.of("title", "description.fi", "description.en", "tags").contains(key)) {
                header.merge(key, value, (a, b) -> a + " " + b);
            } else {
                throw new SourceException(shownPath, i + 1, 3, "unknown header key '" + key
                    + "' (known: title, description.fi, description.en, tags, param NAME)");
            }
        }
        Query q;
        try {
            q = QueryFactory.create(text, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new SourceException(shownPath, e.getLine(), e.getColumn(), "SPARQL syntax error: " + e.getMessage().split("\n")[0]);
        }
        Set<String> used = new TreeSet<>();
        for (Var v : PatternVars.vars(q.getQueryPattern())) if (v.getVarName().startsWith("_")) used.add(v.getVarName().substring(1));
        // variables only used in expressions (FILTER, BIND) are found in the text
        var m = java.util.regex.Pattern.compile("[?$]_([A-Za-z0-9_]+)").matcher(text.replaceAll("(?m)^\\s*#.*$", ""));
        while (m.find()) used.add(m.group(1));
        for (String p : params.keySet()) {
            if (!used.contains(p)) throw new SourceException(shownPath, 0, 0, "parameter '" + p + "' is declared but ?_" + p + " is not in the query");
        }
        for (String u : used) {
            if (!params.containsKey(u)) throw new SourceException(shownPath, 0, 0, "?_" + u + " is in the query but no '#+ param " + u + ":' declares it");
        }
        String title = header.getOrDefault("title", name);
        String[] titles = title.split("\\s*\\|\\s*", 2);
        List<String> tags = new ArrayList<>();
        for (String t : header.getOrDefault("tags", "").split(",")) if (!t.isBlank()) tags.add(t.strip());
        return new NamedQuery(name, shownPath, titles[0], titles.length > 1 ? titles[1] : titles[0],
            header.getOrDefault("description.fi", ""), header.getOrDefault("description.en", ""), List.copyOf(tags),
            params, q);
    }

    private static Parameter parseParam(String name, String spec, String path, int line) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) throw new SourceException(path, line, 0, "bad parameter name '" + name + "'");
        String type = "string", dflt = null, description = "";
        boolean required = false;
        List<String> allowed = new ArrayList<>();
        for (String part : spec.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            if (p.equals("required")) { required = true; continue; }
            int eq = p.indexOf('=');
            if (eq < 0) throw new SourceException(path, line, 0, "parameter '" + name + "': expected key=value, got '" + p + "'");
            String k = p.substring(0, eq).strip(), v = p.substring(eq + 1).strip();
            switch (k) {
                case "type" -> {
                    if (!Parameter.TYPES.contains(v)) throw new SourceException(path, line, 0, "parameter '" + name + "': unknown type '" + v + "' (known: " + Parameter.TYPES + ")");
                    type = v;
                }
                case "default" -> dflt = v;
                case "values" -> { for (String a : v.split("\\|")) allowed.add(a.strip()); }
                case "description" -> description = v;
                default -> throw new SourceException(path, line, 0, "parameter '" + name + "': unknown key '" + k + "' (known: type, default, values, description, required)");
            }
        }
        Parameter p = new Parameter(name, type, required, dflt, List.copyOf(allowed), description);
        if (dflt != null) {
            try {
                p.bind(dflt);
            } catch (Parameter.Invalid e) {
                throw new SourceException(path, line, 0, "default of " + e.getMessage());
            }
        }
        return p;
    }
}
