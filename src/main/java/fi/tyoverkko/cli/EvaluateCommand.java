package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.load.document.CuratedThings;
import fi.tyoverkko.load.document.GoldRun;
import fi.tyoverkko.load.document.KnownThings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    header = "Precision and recall of the document loader against a gold annotation. / Poiminnan tarkkuus ja kattavuus.",
    description = "GOLD_DIR holds one CSV per document (<source-id>.csv, columns type,value,quote); DOCS_DIR holds the "
        + "documents and their sources.csv. Only documents with a gold file are compared. Prints per fact type the "
        + "gold and predicted counts, precision, recall and F1; --verbose lists misses and false positives.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin StoreOption storeOption;

    @Parameters(index = "0", paramLabel = "GOLD_DIR") Path goldDir;
    @Parameters(index = "1", paramLabel = "DOCS_DIR") Path docsDir;

    @Option(names = {"-v", "--verbose"}, description = "List every miss and false positive.") boolean verbose;

    @Option(names = "--passes", defaultValue = "1",
        description = "Run the whole extraction this many times and report the last pass (a warm JVM) for the speed.")
    int passes;

    @Override
    public Integer call() {
        Project project = storeOption.project();
        if (!Files.isDirectory(goldDir)) throw SourceException.of(goldDir.toString(), "no such folder");
        if (!Files.isDirectory(docsDir)) throw SourceException.of(docsDir.toString(), "no such folder");
        KnownThings known = CuratedThings.of(project);
        GoldRun.Result r = GoldRun.run(goldDir, docsDir, known, project::shown, Math.max(1, passes));
        System.out.printf("%d documents with gold in %s%n", r.evaluation().documents(), project.shown(goldDir));
        System.out.print(r.evaluation().table(verbose));
        System.out.printf("speed (pass %d of %d): %d documents, %.3f MB of text in %.2f s: %.1f documents/s, %.3f MB/s%n",
            Math.max(1, passes), Math.max(1, passes), r.documents(), r.bytes() / 1e6, r.nanos() / 1e9, r.documentsPerSecond(), r.megabytesPerSecond());
        return ExitCodes.OK;
    }
}
