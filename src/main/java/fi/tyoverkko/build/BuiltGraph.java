package fi.tyoverkko.build;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * A named graph made by the build, with what it was made from: the input files (as shown
 * paths), the loader that made it, and for tables the mapping and the row count.
 */
public record BuiltGraph(String name, Graph graph, List<String> inputs, String loader, String mapping, long rows,
                         List<String> licenses, List<String> attributions, boolean restricted) {}
