package fi.tyoverkko.cli;

/** Exit codes: what went wrong, for scripts. */
final class ExitCodes {
    private ExitCodes() {}

    static final int OK = 0;
    /** Bad input: a file, a row, a shape violation. The store was not changed. */
    static final int INPUT = 1;
    /** Bad command line. */
    static final int USAGE = 2;
    /** The store could not be opened or written. */
    static final int STORE = 3;
    /** Anything else. */
    static final int INTERNAL = 4;
}
