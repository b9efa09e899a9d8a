package fi.tyoverkko.web;

import fi.tyoverkko.build.MetaGraph;
import fi.tyoverkko.query.CatalogueExecutor;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.vocab.TV;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;

/**
 * A knowledge base that `build --target` wrote into another SPARQL 1.1 store, read through that
 * store's query endpoint: runs the catalogue's queries there and follows its meta graph for the
 * version that keys the answer cache. The meta graph is read again at most every
 * {@code refresh}, so answers may lag a new build by that long. Graphs the meta graph marks as
 * restricted are left out of each query (FROM and FROM NAMED the other graphs) unless personal
 * data is served (the graphs a build wrote and the meta graph stay visible).
 */
public final class RemoteKnowledgeBase implements Supplier<KnowledgeBaseVersion> {
    private static final String TEXT_SEARCH = "http://jena.apache.org/text#";

    /** What the remote meta graph said when it was last read. */
    private record Snapshot(KnowledgeBaseVersion version, Set<String> graphs, Set<String> restricted, long readAt) {}

    private final String endpoint;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final boolean servePersonalData;
    private final long refreshNanos;
    private volatile Snapshot snapshot;

    public RemoteKnowledgeBase(String endpoint, String user, String password, boolean servePersonalData, Duration refresh) {
        this.endpoint = endpoint;
        this.servePersonalData = servePersonalData;
        this.refreshNanos = refresh.toNanos();
        if (user != null) AuthEnv.get().registerUsernamePassword(URI.create(endpoint), user, password);
    }

    public String endpoint() { return endpoint; }

    @Override
    public KnowledgeBaseVersion get() { return snapshot().version(); }

    /** How many graphs the remote meta graph describes (a build has been written there when &gt; 0). */
    public int graphs() { return snapshot().graphs().size(); }

    /** Runs a catalogue query at the remote endpoint with the caller's parameters bound into its text. */
    public CatalogueExecutor.Result run(NamedQuery q, Map<String, String> raw, long timeoutMillis) {
        Map<String, Node> bound = CatalogueExecutor.bind(q, raw);
        if (q.query().toString().contains(TEXT_SEARCH)) {
            throw new UnsupportedOperationException("full-text search needs Työverkko's own store; the remote store has no such index");
        }
        Query query = q.query();
        Snapshot s = snapshot();
        if (!servePersonalData && !s.restricted().isEmpty()) {
            query = query.cloneQuery();
            var visible = new java.util.TreeSet<>(s.graphs());
            visible.add(TV.G_META);
            visible.removeAll(s.restricted());
            for (String g : visible) {
                query.addGraphURI(TV.graph(g));
                query.addNamedGraphURI(TV.graph(g));
            }
        }
        QueryExecBuilder b = QueryExecHTTP.service(endpoint).httpClient(http).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
        bound.forEach((k, v) -> b.substitution("_" + k, v));
        try (QueryExec qe = b.build()) {
            return CatalogueExecutor.collect(query, qe);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpTimeoutException) throw new QueryCancelledException();
            }
            throw e;
        }
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s != null && System.nanoTime() - s.readAt() < refreshNanos) return s;
        synchronized (this) {
            if (snapshot != null && System.nanoTime() - snapshot.readAt() < refreshNanos) return snapshot;
            Graph meta = readMeta();
            var version = KnowledgeBaseVersion.ofMeta(meta, "remote|" + endpoint);
            snapshot = new Snapshot(version, MetaGraph.describedGraphs(meta), MetaGraph.restrictedGraphs(meta), System.nanoTime());
            return snapshot;
        }
    }

    private Graph readMeta() {
        String construct = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + TV.graph(TV.G_META) + "> { ?s ?p ?o } }";
        try (QueryExec qe = QueryExecHTTP.service(endpoint).httpClient(http).query(construct).timeout(30, TimeUnit.SECONDS).build()) {
            return qe.construct();
        }
    }
}
