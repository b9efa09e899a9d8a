package fi.tyoverkko.analytics;

import fi.tyoverkko.text.Slugs;
import fi.tyoverkko.vocab.TV;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The {@code derived} graph: network metrics computed at build time and stored as facts, so
 * that queries read them instead of computing them. Overall metrics hang off each
 * organisation; co-partnerships (overall and per year) and per-year metrics are their own nodes.
 */
public final class DerivedGraph {
    private DerivedGraph() {}

    /** Adds the derived facts to {@code out} as they are computed (a fact may be added more than once). */
    public static void write(Graph knowledgeBase, Graph out) {
        PartnershipNetwork net = PartnershipNetwork.of(knowledgeBase);
        SlugsOf slugs = new SlugsOf();
        CoPartnerGraph all = net.projection(null);
        NetworkMetrics m = NetworkMetrics.of(all);
        for (int v = 0; v < all.size(); v++) {
            Node o = NodeFactory.createURI(all.organisation(v));
            out.add(o, TV.term("degree"), integer(m.degree()[v]));
            out.add(o, TV.term("weightedDegree"), decimal(m.weightedDegree()[v]));
            out.add(o, TV.term("betweenness"), dbl(m.betweenness()[v]));
            out.add(o, TV.term("closeness"), dbl(m.closeness()[v]));
            out.add(o, TV.term("component"), integer(m.component()[v]));
            out.add(o, TV.term("community"), integer(m.community()[v]));
            // every organisation of the network is a vertex of the projection over all years, in the same order
            out.add(o, TV.term("projectCount"), integer(net.projectCount(v)));
        }
        edges(out, all, null, slugs);
        for (int year : net.years()) {
            CoPartnerGraph g = net.projection(year);
            edges(out, g, year, slugs);
            // per year only degrees are stored: the path metrics (betweenness, closeness) are not computed for them
            for (int v = 0; v < g.size(); v++) {
                String org = g.organisation(v);
                Node node = NodeFactory.createURI(TV.id("network-metrics", slugs.of(org) + "-" + year));
                out.add(node, RDF.type.asNode(), TV.term("NetworkMetrics"));
                out.add(node, TV.term("organisation"), NodeFactory.createURI(org));
                out.add(node, TV.term("year"), NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear));
                out.add(node, TV.term("degree"), integer(g.degree(v)));
                out.add(node, TV.term("weightedDegree"), decimal(g.weightedDegree(v)));
            }
        }
    }

    private static void edges(Graph out, CoPartnerGraph g, Integer year, SlugsOf slugs) {
        g.forEachEdge((a, b, shared) -> {
            String slug = slugs.of(g.organisation(a)) + "--" + slugs.of(g.organisation(b)) + (year == null ? "" : "-" + year);
            Node node = NodeFactory.createURI(TV.id("co-partnership", slug));
            out.add(node, RDF.type.asNode(), TV.term("CoPartnership"));
            out.add(node, TV.term("partner"), NodeFactory.createURI(g.organisation(a)));
            out.add(node, TV.term("partner"), NodeFactory.createURI(g.organisation(b)));
            out.add(node, TV.term("sharedProjects"), integer(shared));
            if (year != null) out.add(node, TV.term("year"), NodeFactory.createLiteralDT(Integer.toString(year), XSDDatatype.XSDgYear));
        });
    }

    /**
     * Slugs of organisation identifiers (their last path segment, made safe for a new identifier),
     * each made once: they are asked for on every edge of every year, millions of times at 10 M
     * triples for some thousands of organisations, and making a slug runs regular expressions.
     */
    private static final class SlugsOf {
        private final Map<String, String> made = new HashMap<>();

        String of(String iri) {
            return made.computeIfAbsent(iri, i -> Slugs.slug(i.substring(i.lastIndexOf('/') + 1)));
        }
    }

    private static Node integer(long v) {
        return NodeFactory.createLiteralDT(Long.toString(v), XSDDatatype.XSDinteger);
    }

    /**
     * The path metrics as xsd:double: in a large network many are below 1e-8, and a store may keep
     * fewer decimal places than we write (Virtuoso rounds xsd:decimal to 14), but keeps a double whole.
     * Written in the canonical form TDB2 gives back ("0.5e0"), so a graph read from a store equals the built one.
     */
    private static Node dbl(double v) {
        return NodeFactory.createLiteralDT(org.apache.jena.sparql.util.XSDNumUtils.stringForm(v), XSDDatatype.XSDdouble);
    }

    /** A sum of shared projects, written as it was when it was a double ("3.0"), so that the graph's content hash stays. */
    private static Node decimal(long v) {
        return NodeFactory.createLiteralDT(new BigDecimal(Double.toString(v)).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
