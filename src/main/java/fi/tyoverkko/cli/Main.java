package fi.tyoverkko.cli;

import fi.tyoverkko.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code tyoverkko}: the command line. Run bare, it prints the list of commands. */
@Command(name = "tyoverkko", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
    header = "Työverkko: linked-data knowledge base of Finland's employment ecosystem.%n"
        + "Työverkko: Suomen työllisyysekosysteemin linkitetyn datan tietopohja.",
    subcommands = {BuildCommand.class, ServeCommand.class, UpCommand.class, QueryCommand.class,
        ValidateCommand.class, StatsCommand.class, ExportCommand.class, ExtractCommand.class, EvaluateCommand.class,
        BackupCommand.class, RestoreCommand.class, CompactCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (tests call this). */
    public static int run(String... args) {
        return run(new java.io.PrintWriter(System.err, true), args);
    }

    /** Runs the CLI with error messages going to {@code err}. */
    public static int run(java.io.PrintWriter err, String... args) {
        try {
            return new CommandLine(new Main())
                .setExecutionExceptionHandler(new ErrorReporter())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setErr(err)
                .execute(args);
        } catch (OutOfMemoryError e) { // an Error, so picocli's handler never sees it
            err.println("error: out of memory (" + e.getMessage() + ", at most " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB); give Java a larger heap, e.g. TYOVERKKO_JAVA_OPTS=-Xmx8g ./tyoverkko " + String.join(" ", args));
            err.println("Muisti loppui; anna Javalle enemmän muistia (TYOVERKKO_JAVA_OPTS=-Xmx8g).");
            return ExitCodes.INTERNAL;
        }
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() { return new String[] {"tyoverkko " + Version.VERSION}; }
    }
}
