package fi.tyoverkko.cli;

import fi.tyoverkko.build.BuildFailed;
import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.store.StoreException;
import picocli.CommandLine;

/** The one place that turns an exception into a message and an exit code; no stack traces for user errors. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        var err = cmd.getErr();
        if (e instanceof SourceException se) {
            err.println("error: " + se);
            err.println("The store was not changed. / Tietovarastoa ei muutettu.");
            return ExitCodes.INPUT;
        }
        if (e instanceof BuildFailed bf) {
            err.println("error: " + bf.getMessage());
            bf.problems().stream().limit(50).forEach(p -> err.println("  " + p));
            if (bf.problems().size() > 50) err.println("  … and " + (bf.problems().size() - 50) + " more");
            return ExitCodes.INPUT;
        }
        if (e instanceof StoreException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.STORE;
        }
        if (e instanceof UsageException) {
            err.println("error: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        err.println("error: " + e);
        if (System.getenv("TYOVERKKO_DEBUG") != null) e.printStackTrace(err);
        else err.println("(set TYOVERKKO_DEBUG=1 for the stack trace)");
        return ExitCodes.INTERNAL;
    }
}
