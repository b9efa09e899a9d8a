package fi.tyoverkko.load.table;

import fi.tyoverkko.resolve.Resolver;
import fi.tyoverkko.text.ContactFormats;
import fi.tyoverkko.text.FinnishDates;
import fi.tyoverkko.text.FinnishNumbers;
import fi.tyoverkko.text.PartialDate;
import fi.tyoverkko.text.Slugs;
import fi.tyoverkko.vocab.TV;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Symbol;

/**
 * The {@code tvf:} functions that mappings call to read Finnish formats and to refer to things
 * already built ({@code PREFIX tvf: <https://w3id.org/tyoverkko/function#>}):
 * <pre>
 * tvf:slug(name)                 "Esimerkki-säätiö" → "esimerkki-saatio"
 * tvf:id(type, name)             IRI https://w3id.org/tyoverkko/id/{type}/{slug}
 * tvf:number(text)               "1 234 567", "1,5", "17,6%", "10,1 milj €" → xsd:decimal
 * tvf:euro(text)                 like number, but a negative amount is an error
 * tvf:date(text [, docDate])     "19.9.2018", "9/2020", "2017", "27.9." + document date → xsd:date/gYearMonth/gYear
 * tvf:start(text [, docDate])    start of "1.9.2020–31.12.2022", "2017–2019", "9.-10.10."
 * tvf:end(text [, docDate])      end of the same
 * tvf:phone(text)                "050 377 5432" → "+358503775432"
 * tvf:mailto(text)               "a(at)b.fi" → IRI mailto:a@b.fi
 * tvf:municipality(name)         a municipality by name in any case or inflection → its IRI
 * tvf:region(name)               likewise for a region (maakunta)
 * tvf:place(name)                a region, else a municipality, by name in any inflection
 * tvf:resolve(kind, name)        an organisation, project, person or source (kind "any": whichever it is) by any of its names
 * tvf:concept(scheme, value)     a vocabulary concept (scheme "role", "programme", "organisation-type")
 * </pre>
 * A value that cannot be read stops the load with a {@link ValueException}, never a silent gap.
 */
public final class MappingFunctions {
    private MappingFunctions() {}

    /** Context key under which a build puts its {@link Resolver}. */
    public static final Symbol RESOLVER = Symbol.create(TV.FN + "resolver");

    private interface Body { NodeValue apply(List<NodeValue> args, FunctionEnv env); }

    private static final class Fn extends FunctionBase {
        private final String name;
        private final int min;
        private final int max;
        private final Body body;

        Fn(String name, int min, int max, Body body) {
            this.name = name;
            this.min = min;
            this.max = max;
            this.body = body;
        }

        @Override
        public void checkBuild(String uri, ExprList args) {
            if (args.size() < min || args.size() > max) {
                throw new QueryBuildException("tvf:" + name + " takes " + (min == max ? min : min + ".." + max) + " arguments");
            }
        }

        @Override
        protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            try {
                return body.apply(args, env);
            } catch (IllegalArgumentException | Resolver.NotResolved e) {
                throw new ValueException(args.isEmpty() ? "" : text(args.get(args.size() > 1 && name.matches("resolve|concept") ? 1 : 0)),
                    e.getMessage());
            }
        }

        @Override
        public NodeValue exec(List<NodeValue> args) {
            return exec(args, null);
        }
    }

    private static volatile boolean registered;

    /** Registers the functions with ARQ once per JVM. */
    public static synchronized void register() {
        if (registered) return;
        add("slug", 1, 1, (a, env) -> NodeValue.makeString(Slugs.slug(text(a.get(0)))));
        add("id", 2, 2, (a, env) -> NodeValue.makeNode(NodeFactory.createURI(TV.id(text(a.get(0)), Slugs.slug(text(a.get(1)))))));
        add("number", 1, 1, (a, env) -> NodeValue.makeDecimal(FinnishNumbers.parse(text(a.get(0)))));
        add("euro", 1, 1, (a, env) -> NodeValue.makeDecimal(FinnishNumbers.euros(text(a.get(0)))));
        add("date", 1, 2, (a, env) -> dateNode(FinnishDates.parse(text(a.get(0)), context(a))));
        add("start", 1, 2, (a, env) -> dateNode(FinnishDates.parsePeriod(text(a.get(0)), context(a)).start()));
        add("end", 1, 2, (a, env) -> dateNode(FinnishDates.parsePeriod(text(a.get(0)), context(a)).end()));
        add("phone", 1, 1, (a, env) -> NodeValue.makeString(ContactFormats.phoneE164(text(a.get(0)))));
        add("mailto", 1, 1, (a, env) -> NodeValue.makeNode(NodeFactory.createURI(ContactFormats.mailto(text(a.get(0))))));
        add("municipality", 1, 1, (a, env) -> resolve(env, "municipality", text(a.get(0))));
        add("region", 1, 1, (a, env) -> resolve(env, "region", text(a.get(0))));
        add("place", 1, 1, (a, env) -> NodeValue.makeNode(resolver(env).place(text(a.get(0)))));
        add("resolve", 2, 2, (a, env) -> resolve(env, text(a.get(0)), text(a.get(1))));
        add("concept", 2, 2, (a, env) -> resolve(env, "concept:" + text(a.get(0)), text(a.get(1))));
        registered = true;
    }

    private static void add(String name, int min, int max, Body body) {
        FunctionRegistry.get().put(TV.FN + name, uri -> new Fn(name, min, max, body));
    }

    private static NodeValue resolve(FunctionEnv env, String kind, String name) {
        return NodeValue.makeNode(resolver(env).resolve(kind, name));
    }

    private static Resolver resolver(FunctionEnv env) {
        Resolver r = env == null || env.getContext() == null ? null : (Resolver) env.getContext().get(RESOLVER);
        if (r == null) throw new IllegalArgumentException("no resolver: name look-ups work only during a build");
        return r;
    }

    private static PartialDate context(List<NodeValue> a) {
        if (a.size() < 2) return null;
        String s = text(a.get(1));
        return s.isBlank() ? null : FinnishDates.parse(s.length() > 10 ? s.substring(0, 10) : s, null);
    }

    private static NodeValue dateNode(PartialDate d) {
        XSDDatatype type = switch (d.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return NodeValue.makeNode(NodeFactory.createLiteralDT(d.lexical(), type));
    }

    private static String text(NodeValue v) {
        Node n = v.asNode();
        return n.isLiteral() ? n.getLiteralLexicalForm().strip() : n.isURI() ? n.getURI() : n.toString();
    }
}
