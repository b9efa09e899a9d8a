package fi.tyoverkko.store;

import fi.tyoverkko.vocab.TV;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A remote SPARQL 1.1 store written through the Graph Store Protocol (PUT replaces a graph,
 * DELETE removes one), with HTTP Basic or Digest credentials when given (Virtuoso's
 * {@code /sparql-graph-crud-auth} asks for Digest). Each graph is replaced whole on
 * the remote side; the meta graph is written last, so it never describes a graph that is not
 * there yet. For users who load an existing (e.g. clustered) store instead of the local TDB2.
 */
public final class RemoteStore implements GraphTarget {
    private final String endpoint;
    private final HttpClient http;

    /** {@code endpoint}: the Graph Store Protocol URL (e.g. {@code http://host:3030/ds/data}). */
    public RemoteStore(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).build();
        if (user != null) {
            // Jena's HTTP layer answers a 401 challenge, Basic or Digest, with the credentials
            // registered for the endpoint (and every URL under it) in this JVM. No JDK Authenticator:
            // it knows only Basic and, when set, drops the Authorization header Jena adds for Digest.
            AuthEnv.get().registerUsernamePassword(URI.create(endpoint), user, password);
            AuthEnv.get().unregisterAuthModifier(endpoint); // a challenge answered with earlier credentials
        }
    }

    private GSP gsp(String graph) { return GSP.service(endpoint).httpClient(http).graphName(TV.graph(graph)); }

    @Override
    public Graph meta() {
        try {
            return gsp(TV.G_META).GET();
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) return GraphFactory.createDefaultGraph();
            throw new StoreException("cannot read the meta graph from " + endpoint + ": " + message(e));
        }
    }

    @Override
    public void replace(Map<String, Graph> graphs, Collection<String> remove, Graph meta) {
        String current = null;
        try {
            for (String name : remove) {
                current = name;
                idempotent(() -> gsp(name).DELETE());
            }
            for (var e : graphs.entrySet()) {
                current = e.getKey();
                idempotent(() -> gsp(e.getKey()).PUT(e.getValue()));
            }
            current = TV.G_META;
            idempotent(() -> gsp(TV.G_META).PUT(meta));
        } catch (HttpException e) {
            throw new StoreException("writing graph " + current + " to " + endpoint + " failed: " + message(e)
                + "; graphs before it were written, the meta graph still describes the previous build");
        }
    }

    /**
     * PUT and DELETE may be sent again: a request that got no HTTP answer at all (a kept-alive
     * connection the server had closed) is tried once more before the build fails.
     */
    private static void idempotent(Runnable request) {
        try {
            request.run();
        } catch (HttpException e) {
            if (e.getStatusCode() > 0) throw e;
            request.run();
        }
    }

    @Override
    public String atomicity() { return "one graph at a time, the meta graph last"; }

    private static String message(HttpException e) {
        if (e.getStatusCode() > 0) return "HTTP " + e.getStatusCode() + (e.getStatusLine() == null ? "" : " " + e.getStatusLine());
        return e.getMessage() + (e.getCause() == null ? "" : " (" + e.getCause() + ")");
    }
}
