package fi.tyoverkko.analytics;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The organisation network as GraphML or GEXF, with labels and metrics as node attributes and
 * the number of shared projects as edge weight, so that Gephi, Cytoscape and NetworkX open it
 * as it is. Node ids are the organisations' IRIs.
 */
public final class NetworkExport {
    private NetworkExport() {}

    public enum Format { graphml, gexf }

    public static void write(CoPartnerGraph network, NetworkMetrics m,
                             Function<String, String> label, Format format, Writer out) {
        // vertices are the organisations' numbers in JGraphT's graph, named by IRI in the file
        SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < network.size(); v++) g.addVertex(v);
        network.forEachEdge((a, b, w) -> g.setEdgeWeight(g.addEdge(a, b), w));
        Function<Integer, Map<String, Attribute>> attrs = v -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(label.apply(network.organisation(v))));
            a.put("degree", DefaultAttribute.createAttribute(m.degree()[v]));
            a.put("weighted_degree", DefaultAttribute.createAttribute((double) m.weightedDegree()[v]));
            a.put("betweenness", DefaultAttribute.createAttribute(m.betweenness()[v]));
            a.put("closeness", DefaultAttribute.createAttribute(m.closeness()[v]));
            a.put("component", DefaultAttribute.createAttribute(m.component()[v]));
            a.put("community", DefaultAttribute.createAttribute(m.community()[v]));
            return a;
        };
        if (format == Format.graphml) {
            GraphMLExporter<Integer, DefaultWeightedEdge> x = new GraphMLExporter<>(network::organisation);
            x.setExportEdgeWeights(true);
            x.registerAttribute("label", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
            x.registerAttribute("degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
            x.registerAttribute("weighted_degree", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
            x.registerAttribute("betweenness", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
            x.registerAttribute("closeness", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
            x.registerAttribute("component", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
            x.registerAttribute("community", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
            x.setVertexAttributeProvider(attrs);
            x.exportGraph(g, out);
        } else {
            Map<DefaultWeightedEdge, String> edgeIds = new java.util.HashMap<>();
            GEXFExporter<Integer, DefaultWeightedEdge> x = new GEXFExporter<>(network::organisation,
                e -> edgeIds.computeIfAbsent(e, k -> "e" + edgeIds.size()));
            x.registerAttribute("degree", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
            x.registerAttribute("weighted_degree", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
            x.registerAttribute("betweenness", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
            x.registerAttribute("closeness", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
            x.registerAttribute("component", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
            x.registerAttribute("community", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
            x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
            x.setVertexAttributeProvider(attrs);
            x.exportGraph(g, out);
        }
    }
}
