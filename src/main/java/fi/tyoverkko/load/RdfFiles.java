package fi.tyoverkko.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;

/** Reads an RDF file (Turtle and the other RIOT syntaxes) strictly: any warning or error is a located failure. */
public final class RdfFiles {
    private RdfFiles() {}

    public static Graph read(java.nio.file.Path file, String shownPath) {
        if (!java.nio.file.Files.isRegularFile(file)) throw SourceException.of(shownPath, "no such file");
        Graph g = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(file).errorHandler(strict(shownPath)).parse(g);
        } catch (SourceException e) {
            throw e;
        } catch (RiotException e) {
            throw SourceException.of(shownPath, e.getMessage());
        }
        return g;
    }

    /** An error handler that turns every warning and error into a {@link SourceException} with its line and column. */
    public static ErrorHandler strict(String shownPath) {
        return new ErrorHandler() {
            @Override public void warning(String message, long line, long col) { fail(message, line, col); }
            @Override public void error(String message, long line, long col) { fail(message, line, col); }
            @Override public void fatal(String message, long line, long col) { fail(message, line, col); }

            private void fail(String message, long line, long col) {
                throw new SourceException(shownPath, Math.max(line, 0), Math.max(col, 0), message);
            }
        };
    }
}
