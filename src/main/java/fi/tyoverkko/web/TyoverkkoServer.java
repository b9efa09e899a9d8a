package fi.tyoverkko.web;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki over the knowledge base. Public and read-only at {@code /kb}: SPARQL query
 * ({@code /kb/sparql}, {@code /kb/query}, {@code /kb}) and Graph Store read ({@code /kb/get}),
 * over every graph except the restricted ones (personal data) unless the operator serves them.
 * With credentials, {@code /kb-admin} offers SPARQL Update ({@code update}), Graph Store write
 * ({@code data}) and query over everything ({@code sparql}), all behind HTTP authentication;
 * without credentials it does not exist. A query timeout, a result cap, SERVICE refused,
 * CORS for dashboards on other origins, and {@code /health}.
 */
public final class TyoverkkoServer {
    private TyoverkkoServer() {}

    public static final String DATASET = "/kb";
    public static final String ADMIN_DATASET = "/kb-admin";

    public static FusekiServer create(DatasetGraph dsg, ServerSettings s) {
        return create(dsg, s, null);
    }

    /** With a query catalogue, the named-query API is served at {@code /api}. */
    public static FusekiServer create(DatasetGraph store, ServerSettings s, fi.tyoverkko.query.QueryCatalogue catalogue) {
        store.getContext().set(ARQ.queryTimeout, Long.toString(s.timeoutMillis()));
        store.getContext().set(ARQ.httpServiceAllowed, false);
        DatasetGraph dsg = store;
        var visible = s.servePersonalData() ? null : PublicView.securityContext(store);
        FusekiServer.Builder b = FusekiServer.create()
            .port(s.port())
            .enableCors(true, null)
            .enablePing(true)
            .registerOperation(Operation.Query, new PublicQueryService(s.maxResults(), visible))
            .addDataset(DATASET, dsg)
            .addEndpoint(DATASET, "", Operation.Query)
            .addEndpoint(DATASET, "sparql", Operation.Query)
            .addEndpoint(DATASET, "query", Operation.Query)
            .addEndpoint(DATASET, "", Operation.GSP_R)
            .addEndpoint(DATASET, "get", Operation.GSP_R)
            .addServlet("/health", new HealthServlet(store));
        if (catalogue != null) b.addServlet("/api/*", new ApiServlet(catalogue, dsg, s.timeoutMillis(), visible));
        b.addServlet("/export/*", new ExportServlet(dsg));
        b.addFilter("/*", new SecurityHeadersFilter());
        if (s.referenceFolder() != null) b.addServlet("/data/*", new ReferenceFileServlet(s.referenceFolder()));
        if (visible != null) b.addFilter(DATASET + "/*", new RestrictedGraphFilter(PublicView.restricted(store)));
        if (s.writable()) {
            var users = JettySecurityLib.makeUserStore(s.updateUser(), s.updatePassword());
            var editor = Auth.policyAllowSpecific(s.updateUser());
            b.securityHandler(JettySecurityLib.makeSecurityHandler("Tyoverkko", users, AuthScheme.BASIC))
                .addDataset(ADMIN_DATASET, store)
                .addEndpoint(ADMIN_DATASET, "sparql", Operation.Query, editor)
                .addEndpoint(ADMIN_DATASET, "update", Operation.Update, editor)
                .addEndpoint(ADMIN_DATASET, "data", Operation.GSP_RW, editor);
        }
        return b.build();
    }
}
