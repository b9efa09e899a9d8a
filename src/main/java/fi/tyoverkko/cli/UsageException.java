package fi.tyoverkko.cli;

/** A command was given something it cannot use (a bad option value, a missing file). */
final class UsageException extends RuntimeException {
    UsageException(String message) { super(message); }
}
