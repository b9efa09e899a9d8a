package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.load.document.CuratedThings;
import fi.tyoverkko.load.document.Document;
import fi.tyoverkko.load.document.DocumentSet;
import fi.tyoverkko.load.document.FactExtraction;
import fi.tyoverkko.load.document.GoldEvaluation;
import fi.tyoverkko.load.document.GoldFile;
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

    @Override
    public Integer call() {
        Project project = storeOption.project();
        if (!Files.isDirectory(goldDir)) throw SourceException.of(goldDir.toString(), "no such folder");
        KnownThings known = CuratedThings.of(project);
        GoldEvaluation eval = evaluate(goldDir, docsDir, known, project);
        System.out.printf("%d documents with gold in %s%n", eval.documents(), project.shown(goldDir));
        System.out.print(eval.table(verbose));
        return ExitCodes.OK;
    }

    static GoldEvaluation evaluate(Path goldDir, Path docsDir, KnownThings known, Project project) {
        GoldEvaluation eval = new GoldEvaluation();
        for (Document doc : DocumentSet.read(docsDir, project::shown)) {
            Path gold = goldDir.resolve(doc.id() + ".csv");
            if (!Files.isRegularFile(gold)) continue;
            eval.add(GoldFile.read(gold, project.shown(gold)), FactExtraction.extract(doc, known));
        }
        return eval;
    }
}
