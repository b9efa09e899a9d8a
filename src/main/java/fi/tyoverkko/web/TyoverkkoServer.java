package fi.tyoverkko.web;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import fi.tyoverkko.web.ld.DatasetServlet;
import fi.tyoverkko.web.ld.LinkedDataServlet;
import fi.tyoverkko.web.ld.OntologyServlet;
import fi.tyoverkko.web.ld.SitemapServlet;
import fi.tyoverkko.web.ld.StaticServlet;

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
        return create(store, s, catalogue, null);
    }

    /**
     * With {@code rebuild} (which rebuilds the store from the project and says what changed), an
     * authenticated {@code POST /admin/rebuild} runs it inside the server.
     */
    public static FusekiServer create(DatasetGraph store, ServerSettings s, fi.tyoverkko.query.QueryCatalogue catalogue,
                                      java.util.function.Supplier<String> rebuild) {
        store.getContext().set(ARQ.queryTimeout, Long.toString(s.timeoutMillis()));
        store.getContext().set(ARQ.httpServiceAllowed, false);
        DatasetGraph dsg = store;
        var version = new KnowledgeBaseVersion.Tracker(dsg);
        PublicView visible = s.servePersonalData() ? null : new PublicView(store);
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
        if (catalogue != null) b.addServlet("/api/*", new ApiServlet(catalogue, dsg, s.timeoutMillis(), visible, version));
        b.addServlet("/export/*", new ExportServlet(dsg));
        b.addFilter("/*", new SecurityHeadersFilter());
        b.addFilter("/*", new UncaughtErrorFilter());
        b.addFilter("/*", new RefusedBodyFilter());
        addLinkedData(b, dsg, visible, catalogue, version);
        var assets = new AssetServlet();
        b.addServlet("", assets).addServlet("/editor", assets).addServlet("/favicon.ico", assets).addServlet("/assets/*", assets);
        if (s.referenceFolder() != null) b.addServlet("/data/*", new ReferenceFileServlet(s.referenceFolder()));
        if (visible != null) b.addFilter(DATASET + "/*", new RestrictedGraphFilter(visible));
        if (s.writable()) {
            var users = JettySecurityLib.makeUserStore(s.updateUser(), s.updatePassword());
            var editor = Auth.policyAllowSpecific(s.updateUser());
            b.securityHandler(JettySecurityLib.makeSecurityHandler("Tyoverkko", users, AuthScheme.BASIC))
                .addDataset(ADMIN_DATASET, store)
                .addEndpoint(ADMIN_DATASET, "sparql", Operation.Query, editor)
                .addEndpoint(ADMIN_DATASET, "update", Operation.Update, editor)
                .addEndpoint(ADMIN_DATASET, "data", Operation.GSP_RW, editor);
            b.addFilter(ADMIN_DATASET + "/*", new EditMarkFilter(store));
            if (rebuild != null) b.addServlet("/admin/rebuild", new RebuildServlet(rebuild, s.updateUser(), s.updatePassword()));
        }
        return withSmallOutputBuffer(b.build());
    }

    /**
     * Over a knowledge base that {@code build --target} wrote into another store: the named-query
     * API, the dashboard and the reference files, with the queries run at that store's SPARQL
     * endpoint. No /kb endpoint (query the store itself), no /id pages and no full-text search.
     */
    public static FusekiServer createOverRemote(RemoteKnowledgeBase remote, ServerSettings s, fi.tyoverkko.query.QueryCatalogue catalogue) {
        FusekiServer.Builder b = FusekiServer.create()
            .port(s.port())
            .enableCors(true, null)
            .enablePing(true)
            .addServlet("/health", new HealthServlet(remote::graphs))
            .addServlet("/api/*", new ApiServlet(catalogue, remote::run, s.timeoutMillis(), remote));
        b.addFilter("/*", new SecurityHeadersFilter());
        b.addFilter("/*", new UncaughtErrorFilter());
        b.addFilter("/*", new RefusedBodyFilter());
        var assets = new AssetServlet();
        b.addServlet("", assets).addServlet("/editor", assets).addServlet("/favicon.ico", assets).addServlet("/assets/*", assets);
        if (s.referenceFolder() != null) b.addServlet("/data/*", new ReferenceFileServlet(s.referenceFolder()));
        var cache = new ConditionalGetFilter(remote);
        for (String path : java.util.List.of("", "/editor", "/api/*")) b.addFilter(path, cache);
        return withSmallOutputBuffer(b.build());
    }

    /** Resolvable identifiers, the ontology, the dataset description and the sitemap, all cached by the knowledge base's version. */
    /**
     * Fuseki asks Jetty for a 5 MB response buffer, larger than Jetty's buffer pool keeps, so every
     * response allocated and zeroed 5 MB of direct memory: about 18 ms even for /health. Jetty's
     * own default (32 KB) is pooled; larger answers are streamed past it.
     */
    static FusekiServer withSmallOutputBuffer(FusekiServer server) {
        for (var connector : server.getJettyServer().getConnectors()) {
            var http = connector.getConnectionFactory(org.eclipse.jetty.server.HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        }
        return server;
    }

    static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

    private static void addLinkedData(FusekiServer.Builder b, DatasetGraph dsg, PublicView visible, fi.tyoverkko.query.QueryCatalogue catalogue,
                                      KnowledgeBaseVersion.Tracker version) {
        java.util.function.Supplier<java.util.function.Predicate<org.apache.jena.graph.Node>> hidden =
            visible == null ? () -> g -> false : visible::hiddenGraphs;
        var ids = new LinkedDataServlet(dsg, hidden);
        var dataset = new DatasetServlet(dsg, catalogue);
        b.addServlet("/id/*", ids).addServlet("/graph/*", ids)
            .addServlet("/ontology", new OntologyServlet(dsg))
            .addServlet("/dataset", dataset).addServlet("/.well-known/void", dataset)
            .addServlet("/sitemap.xml", new SitemapServlet(dsg, hidden))
            .addServlet("/context.jsonld", new StaticServlet("context.jsonld", "application/ld+json"))
            .addServlet("/static/ld.css", new StaticServlet("ld.css", "text/css; charset=utf-8"));
        var cache = new ConditionalGetFilter(version);
        for (String path : java.util.List.of("", "/editor", "/id/*", "/graph/*", "/ontology", "/dataset", "/.well-known/void", "/sitemap.xml", "/api/*", "/export/*")) {
            b.addFilter(path, cache);
        }
    }
}
