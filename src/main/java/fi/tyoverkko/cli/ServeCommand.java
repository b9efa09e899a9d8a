package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.store.KnowledgeStore;
import fi.tyoverkko.web.ServerSettings;
import fi.tyoverkko.web.TyoverkkoServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", mixinStandardHelpOptions = true,
    header = "Serve the store over HTTP (SPARQL at /kb/sparql). / Käynnistä palvelin.")
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Mixin ServerOptions serverOptions;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        return serve(p, serverOptions.settings(p));
    }

    static int serve(Project p, ServerSettings s) {
        KnowledgeStore store = KnowledgeStore.open(p.store());
        var catalogue = fi.tyoverkko.query.QueryCatalogue.load(p.queries(), p.root());
        java.util.function.Supplier<String> rebuild = () -> {
            var outcome = new fi.tyoverkko.build.KnowledgeBaseBuilder(p, System.out::println, fi.tyoverkko.build.RowProgress.quiet()).build(store);
            return "Rebuilt in " + outcome.millis() + " ms; changed: " + String.join(", ", outcome.changed())
                + "; removed: " + String.join(", ", outcome.removed());
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
