package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.store.KnowledgeStore;
import fi.tyoverkko.web.RemoteKnowledgeBase;
import fi.tyoverkko.web.ServerSettings;
import java.nio.file.Path;
import java.time.Duration;
import fi.tyoverkko.web.TyoverkkoServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serve the store over HTTP (SPARQL at /kb/sparql). / Käynnistä palvelin.")
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Mixin ServerOptions serverOptions;

    @Option(names = "--remote", paramLabel = "URL",
        description = {"serve the API and dashboard over a knowledge base that 'build --target' wrote into another",
            "store, querying its SPARQL endpoint (e.g. http://host:3030/ds/sparql or http://host:8890/sparql);",
            "no /kb endpoint, /id pages or full-text search in this mode"})
    String remote;

    @Option(names = "--remote-credentials", paramLabel = "FILE",
        description = "file holding one line 'user:password' for the remote endpoint (outside the project folder)")
    Path remoteCredentials;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        if (remote != null) return serveRemote(p, serverOptions.settings(p));
        if (remoteCredentials != null) throw new UsageException("--remote-credentials needs --remote");
        return serve(p, serverOptions.settings(p));
    }

    private int serveRemote(Project p, ServerSettings s) {
        if (!remote.matches("https?://.+")) throw new UsageException("--remote must be an http(s) URL: " + remote);
        if (s.writable()) throw new UsageException("--credentials (writing through /kb-admin) needs the local store; write to the remote store itself");
        CredentialsFile c = remoteCredentials == null ? null : CredentialsFile.read(remoteCredentials, p);
        var kb = new RemoteKnowledgeBase(remote, c == null ? null : c.user(), c == null ? null : c.password(),
            s.servePersonalData(), Duration.ofSeconds(10));
        int graphs;
        try {
            graphs = kb.graphs();
        } catch (RuntimeException e) {
            System.err.println("The remote store at " + remote + " did not answer: " + e.getMessage());
            return ExitCodes.STORE;
        }
        if (graphs == 0) System.err.println("Warning: " + remote + " holds no meta graph: has 'build --target' written there?");
        var catalogue = fi.tyoverkko.query.QueryCatalogue.load(p.queries(), p.root());
        var server = TyoverkkoServer.createOverRemote(kb, s, catalogue);
        server.start();
        System.out.printf("Serving the knowledge base at %s (%d graphs)%n  API:     http://localhost:%d/api (%d queries)%n"
                + "  health:  http://localhost:%d/health%n  SPARQL:  query %s itself%n  personal data: %s%n",
            remote, graphs, server.getPort(), catalogue.all().size(), server.getPort(), remote,
            s.servePersonalData() ? "served" : "restricted graphs left out of every query");
        server.join();
        return ExitCodes.OK;
    }

    static int serve(Project p, ServerSettings s) {
        KnowledgeStore store = KnowledgeStore.open(p.store());
        var catalogue = fi.tyoverkko.query.QueryCatalogue.load(p.queries(), p.root());
        java.util.function.Supplier<String> rebuild = () -> {
            var outcome = new fi.tyoverkko.build.KnowledgeBaseBuilder(p, System.out::println, fi.tyoverkko.build.RowProgress.quiet()).build(store);
            return "Rebuilt in " + outcome.millis() + " ms; changed: " + BuildCommand.graphNames(outcome.changed())
                + "; removed: " + BuildCommand.graphNames(outcome.removed());
        };
        var server = TyoverkkoServer.create(store.searchable(), s, catalogue, rebuild);
        server.start();
        System.out.printf("Serving %s%n  SPARQL:  http://localhost:%d/kb/sparql%n  API:     http://localhost:%d/api (%d queries)%n  health:  http://localhost:%d/health%n  admin:   %s%n  personal data: %s%n",
            p.store(), server.getPort(), server.getPort(), catalogue.all().size(), server.getPort(), s.writable() ? "http://localhost:" + server.getPort() + "/kb-admin/{sparql,update,data} and /admin/rebuild (authenticated)" : "off (no credentials)",
            s.servePersonalData() ? "served publicly" : "not served publicly (restricted graphs hidden)");
        server.join();
        return ExitCodes.OK;
    }
}
