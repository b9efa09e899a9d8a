package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.generate.EcosystemGenerator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
    header = "Write a synthetic ecosystem as a project folder, for benchmarks. / Tee synteettinen aineisto suorituskykytesteihin.",
    description = {"Tables and documents in the project's input formats; build it with TYOVERKKO_HOME=DIR ./tyoverkko build.",
        "Scale 1 is about 100 000 triples, 10 about 1 million, 100 about 10 million. The same scale and seed give the same files."})
final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--scale", defaultValue = "1", description = "Size: 1 ≈ 100 k triples (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "A new or empty folder.")
    Path out;

    @Override
    public Integer call() {
        if (scale < 1) throw new UsageException("--scale must be at least 1");
        Project home = Project.locate(null);
        try {
            var s = EcosystemGenerator.generate(home.root(), out, scale, seed);
            System.out.printf("Generated %s: %d organisations, %d projects, %d memberships, %d people, %d events, %d documents%n",
                out, s.organisations(), s.projects(), s.memberships(), s.people(), s.events(), s.documents());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return ExitCodes.OK;
    }
}
