package fi.tyoverkko.load.document;

import fi.tyoverkko.Version;
import fi.tyoverkko.text.Slugs;
import fi.tyoverkko.vocab.TV;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Facts of one document as RDF that any SPARQL 1.1 store holds: one {@code tv:Evidence} node per
 * fact (IRI from the document id, the offsets and the fact type, so it is stable across runs) with
 * prov:wasDerivedFrom the source, tv:quote, tv:startOffset/tv:endOffset, tv:extractedBy,
 * tv:confidence, dcterms:type (the fact type) and rdf:value (the normalised value). Facts about a
 * thing (organisation, project, person) are also a standard reified statement naming the triple
 * "thing rdf:type class", and the thing points to it with tv:evidence; a thing found in the
 * curated tables keeps its IRI, a new one gets {@code id/{type}/{slug}} and its label.
 */
public final class EvidenceGraph {
    private EvidenceGraph() {}

    private static final Map<FactType, String[]> THINGS = Map.of(
        FactType.ORGANISATION, new String[] {"organisation", TV.ORG + "Organization", TV.SCHEMA + "Organization"},
        FactType.PROJECT, new String[] {"project", TV.SCHEMA + "Project", TV.ORG + "OrganizationalCollaboration"},
        FactType.PERSON, new String[] {"person", TV.SCHEMA + "Person", TV.SCHEMA + "Person"});

    /** The graph; {@code newThings} adds types and labels for things not in the curated tables. */
    public static Graph of(String documentId, List<Fact> facts, boolean newThings) {
        Graph g = GraphFactory.createDefaultGraph();
        Node source = uri(TV.id("source", documentId));
        for (Fact f : facts) {
            Node ev = uri(TV.id("evidence", documentId + "-" + f.start() + "-" + f.end() + "-" + f.type().key()));
            add(g, ev, RDF.type.asNode(), uri(TV.NS + "Evidence"));
            add(g, ev, uri(TV.PROV + "wasDerivedFrom"), source);
            add(g, ev, uri(TV.NS + "quote"), NodeFactory.createLiteralString(f.quote()));
            add(g, ev, uri(TV.NS + "startOffset"), NodeFactory.createLiteralDT(Integer.toString(f.start()), XSDDatatype.XSDnonNegativeInteger));
            add(g, ev, uri(TV.NS + "endOffset"), NodeFactory.createLiteralDT(Integer.toString(f.end()), XSDDatatype.XSDnonNegativeInteger));
            add(g, ev, uri(TV.NS + "extractedBy"), NodeFactory.createLiteralString(f.rule() + " (tyoverkko " + Version.VERSION + ")"));
            add(g, ev, uri(TV.NS + "confidence"), NodeFactory.createLiteralDT(
                BigDecimal.valueOf(f.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
            add(g, ev, uri(TV.DCTERMS + "type"), NodeFactory.createLiteralString(f.type().key()));
            add(g, ev, RDF.value.asNode(), NodeFactory.createLiteralString(f.value()));
            String[] thing = THINGS.get(f.type());
            if (thing == null) continue;
            Node subject = uri(f.iri() != null ? f.iri() : TV.id(thing[0], Slugs.slug(f.value())));
            add(g, ev, RDF.subject.asNode(), subject);
            add(g, ev, RDF.predicate.asNode(), RDF.type.asNode());
            add(g, ev, RDF.object.asNode(), uri(thing[1]));
            add(g, subject, uri(TV.NS + "evidence"), ev);
            if (!f.matchedBy().isEmpty()) add(g, ev, uri(TV.NS + "matchedBy"), NodeFactory.createLiteralString(f.matchedBy()));
            if (f.iri() == null && newThings) {
                add(g, subject, RDF.type.asNode(), uri(thing[1]));
                add(g, subject, RDF.type.asNode(), uri(thing[2]));
                add(g, subject, uri(TV.SKOS + "prefLabel"), NodeFactory.createLiteralLang(f.value(), "fi"));
                add(g, subject, RDFS.label.asNode(), NodeFactory.createLiteralLang(f.value(), "fi"));
            }
        }
        return g;
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }

    private static void add(Graph g, Node s, Node p, Node o) { g.add(s, p, o); }
}
