package fi.tyoverkko.load.table;

/**
 * Thrown by a mapping function when a cell's value cannot be read (an invalid date, an unknown
 * municipality). Unlike a SPARQL evaluation error it is not swallowed: the row's load fails,
 * and the mapper adds the file, line and column.
 */
public class ValueException extends RuntimeException {
    private final String value;

    public ValueException(String value, String message) {
        super(message);
        this.value = value;
    }

    public String value() { return value; }
}
