package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --store option shared by the commands that use the store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR",
        description = "TDB2 store folder (default: $TYOVERKKO_STORE, else store/ in the project)")
    Path store;

    Project project() { return Project.locate(store); }
}
