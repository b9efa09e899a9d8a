package fi.tyoverkko.web;

import fi.tyoverkko.build.MetaGraph;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * After a successful write through {@code /kb-admin} (SPARQL Update or Graph Store), records it in
 * the meta graph, so that the next build compares the stored graphs with the tables instead of
 * trusting the hashes it recorded: a build then puts its graphs back as the tables say.
 */
final class EditMarkFilter implements Filter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** A build writing into this server over the Graph Store Protocol sends the meta graph last: that write states what the store holds. */
    private static final String META = fi.tyoverkko.vocab.TV.graphNode(fi.tyoverkko.vocab.TV.G_META).getURI();
    private final DatasetGraph dsg;

    EditMarkFilter(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request instanceof HttpServletRequest req && response instanceof HttpServletResponse resp
            && !READS.contains(req.getMethod()) && !req.getRequestURI().endsWith("/sparql") && resp.getStatus() / 100 == 2
            && !META.equals(req.getParameter("graph"))) {
            Txn.executeWrite(dsg, () -> MetaGraph.markEdited(dsg, Instant.now()));
        }
    }
}
