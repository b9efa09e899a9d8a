package fi.tyoverkko.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** IRIs of Työverkko: namespaces, identifiers and graph names. Constants only, never facts. */
public final class TV {
    private TV() {}

    public static final String BASE = "https://w3id.org/tyoverkko/";
    /** The ontology namespace, prefix {@code tv:}. */
    public static final String NS = BASE + "ontology#";
    public static final String ONTOLOGY = BASE + "ontology";
    /** Things: {@code id/{type}/{slug}}. */
    public static final String ID = BASE + "id/";
    /** Named graphs: {@code graph/{name}}. */
    public static final String GRAPH = BASE + "graph/";
    /** Functions for table mappings, prefix {@code tvf:}. */
    public static final String FN = BASE + "function#";

    public static String id(String type, String slug) { return ID + type + "/" + slug; }
    public static String graph(String name) { return GRAPH + name; }
    public static Node graphNode(String name) { return NodeFactory.createURI(graph(name)); }
    public static Node term(String localName) { return NodeFactory.createURI(NS + localName); }

    /** Name of a graph IRI of ours, or null when the IRI is not one of our graphs. */
    public static String graphName(String iri) {
        return iri.startsWith(GRAPH) ? iri.substring(GRAPH.length()) : null;
    }

    public static final String G_ONTOLOGY = "ontology";
    public static final String G_VOCABULARIES = "vocabularies";
    public static final String G_SHAPES = "shapes";
    public static final String G_META = "meta";
    public static final String G_DERIVED = "derived";

    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String SCHEMA = "http://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
}
