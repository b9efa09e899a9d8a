package fi.tyoverkko.web;

/**
 * How the server runs. {@code updateUser}/{@code updatePassword} null means the write
 * endpoints are off; credentials come from the environment or a file outside the repository.
 */
public record ServerSettings(int port, long timeoutMillis, long maxResults, String updateUser, String updatePassword,
                             boolean servePersonalData, java.nio.file.Path referenceFolder) {
    /** Settings that keep personal data (graphs marked restricted) off the public endpoints. */
    public ServerSettings(int port, long timeoutMillis, long maxResults, String updateUser, String updatePassword) {
        this(port, timeoutMillis, maxResults, updateUser, updatePassword, false, null);
    }

    public static final int DEFAULT_PORT = 3030;
    public static final long DEFAULT_TIMEOUT_MS = 30_000;
    public static final long DEFAULT_MAX_RESULTS = 10_000;

    public boolean writable() { return updateUser != null && updatePassword != null; }
}
