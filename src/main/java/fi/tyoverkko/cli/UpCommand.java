package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "up", mixinStandardHelpOptions = true,
    header = "Build when an input changed, then serve. / Rakenna tarvittaessa ja käynnistä palvelin.")
final class UpCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;
    @Mixin ServerOptions serverOptions;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        var settings = serverOptions.settings(p);
        if (BuildStamp.stale(p)) {
            System.out.println("Inputs changed since the last build: building.");
            BuildCommand.build(p);
        } else {
            System.out.println("The store is up to date.");
        }
        return ServeCommand.serve(p, settings);
    }
}
