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

    public static void write(SimpleWeightedGraph<String, DefaultWeightedEdge> g, NetworkMetrics m,
                             Function<String, String> label, Format format, Writer out) {
        Function<String, Map<String, Attribute>> attrs = v -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(label.apply(v)));
            a.put("degree", DefaultAttribute.createAttribute(m.degree().get(v)));
            a.put("weighted_degree", DefaultAttribute.createAttribute(m.weightedDegree().get(v)));
            a.put("betweenness", DefaultAttribute.createAttribute(m.betweenness().get(v)));
            a.put("closeness", DefaultAttribute.createAttribute(m.closeness().get(v)));
            a.put("component", DefaultAttribute.createAttribute(m.component().get(v)));
            a.put("community", DefaultAttribute.createAttribute(m.community().get(v)));
            return a;
        };
        if (format == Format.graphml) {
            GraphMLExporter<String, DefaultWeightedEdge> x = new GraphMLExporter<>(v -> v);
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
            GEXFExporter<String, DefaultWeightedEdge> x = new GEXFExporter<>(v -> v,
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
