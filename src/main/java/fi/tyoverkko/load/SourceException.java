package fi.tyoverkko.load;

/**
 * A problem in an input file, located by path, line and column (0 when unknown).
 * Prints as {@code data/curated/projects.csv:14:3: message}, the form editors and CI logs link to.
 */
public class SourceException extends RuntimeException {
    private final String path;
    private final long line;
    private final long column;

    public SourceException(String path, long line, long column, String message) {
        this(path, line, column, message, null);
    }

    public SourceException(String path, long line, long column, String message, Throwable cause) {
        super(message, cause);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public static SourceException of(String path, String message) {
        return new SourceException(path, 0, 0, message);
    }

    public String path() { return path; }
    public long line() { return line; }
    public long column() { return column; }

    /** The location prefix: {@code path:line:column}, leaving out what is unknown. */
    public String location() {
        StringBuilder sb = new StringBuilder(path == null ? "?" : path);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + getMessage();
    }
}
