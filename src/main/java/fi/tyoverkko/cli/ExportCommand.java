package fi.tyoverkko.cli;

import fi.tyoverkko.analytics.NetworkExport;
import fi.tyoverkko.analytics.NetworkSnapshot;
import fi.tyoverkko.store.KnowledgeStore;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Export the organisation network for Gephi, Cytoscape or NetworkX. / Vie verkosto.",
    description = "Organisations linked by shared projects (weight = number of shared projects), with labels, "
        + "degree, weighted degree, betweenness, closeness, component and community as node attributes.")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Option(names = {"-f", "--format"}, description = "graphml (default) or gexf")
    NetworkExport.Format format = NetworkExport.Format.graphml;

    @Option(names = "--year", paramLabel = "YEAR", description = "only the projects running in this year")
    Integer year;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(storeOption.project().store())) {
            Txn.executeRead(store.dataset(), () -> {
                NetworkSnapshot snap = NetworkSnapshot.of(store.dataset().getUnionGraph(), year);
                try (Writer w = output == null ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    snap.write(format, w);
                } catch (IOException e) {
                    throw new UsageException("cannot write " + output + ": " + e.getMessage());
                }
            });
        }
        return ExitCodes.OK;
    }
}
