package fi.tyoverkko.validate;

/** One shape violation, located in the input where that is known. */
public record Violation(String location, String focus, String path, String value, String message) {
    @Override
    public String toString() {
        return location + ": " + message + " (focus " + focus + (path == null ? "" : ", path " + path)
            + (value == null ? "" : ", value " + value) + ")";
    }
}
