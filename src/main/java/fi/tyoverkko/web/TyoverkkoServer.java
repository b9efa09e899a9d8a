package fi.tyoverkko.web;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki over the knowledge base at {@code /kb}: public, read-only SPARQL query
 * ({@code /kb/sparql}, {@code /kb/query}, {@code /kb}) and Graph Store read ({@code /kb/get});
 * SPARQL Update ({@code /kb/update}) and Graph Store write ({@code /kb/data}) only with
 * credentials, and absent without them. A query timeout, a result cap, SERVICE refused,
 * CORS for dashboards on other origins, and {@code /health}.
 */
public final class TyoverkkoServer {
    private TyoverkkoServer() {}

    public static final String DATASET = "/kb";

    public static FusekiServer create(DatasetGraph dsg, ServerSettings s) {
        return create(dsg, s, null);
    }

    /** With a query catalogue, the named-query API is served at {@code /api}. */
    public static FusekiServer create(DatasetGraph dsg, ServerSettings s, fi.tyoverkko.query.QueryCatalogue catalogue) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(s.timeoutMillis()));
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        FusekiServer.Builder b = FusekiServer.create()
            .port(s.port())
            .enableCors(true, null)
            .enablePing(true)
            .registerOperation(Operation.Query, new PublicQueryService(s.maxResults()))
            .addDataset(DATASET, dsg)
            .addEndpoint(DATASET, "", Operation.Query)
            .addEndpoint(DATASET, "sparql", Operation.Query)
            .addEndpoint(DATASET, "query", Operation.Query)
            .addEndpoint(DATASET, "", Operation.GSP_R)
            .addEndpoint(DATASET, "get", Operation.GSP_R)
            .addServlet("/health", new HealthServlet(dsg));
        if (catalogue != null) b.addServlet("/api/*", new ApiServlet(catalogue, dsg, s.timeoutMillis()));
        if (s.writable()) {
            var users = JettySecurityLib.makeUserStore(s.updateUser(), s.updatePassword());
            b.securityHandler(JettySecurityLib.makeSecurityHandler("Tyoverkko", users, AuthScheme.BASIC))
                .addEndpoint(DATASET, "update", Operation.Update, Auth.policyAllowSpecific(s.updateUser()))
                .addEndpoint(DATASET, "data", Operation.GSP_RW, Auth.policyAllowSpecific(s.updateUser()));
        }
        return b.build();
    }
}
