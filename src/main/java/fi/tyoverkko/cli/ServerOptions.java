package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.web.ServerSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that start the server; defaults from the environment. */
final class ServerOptions {
    @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: $TYOVERKKO_PORT, else 3030)")
    Integer port;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "query timeout in seconds (default: 30)")
    Double timeout;

    @Option(names = "--max-results", paramLabel = "N", description = "most rows a public query returns (default: 10000)")
    Long maxResults;

    @Option(names = "--serve-personal-data",
        description = {"also serve the graphs marked restricted (e-mail addresses and phone numbers) on the public",
            "endpoints (default: $TYOVERKKO_SERVE_PERSONAL_DATA, else off)"})
    Boolean servePersonalData;

    @Option(names = "--credentials", paramLabel = "FILE",
        description = {"file holding one line 'user:password' that enables /kb/update and /kb/data;",
            "must be outside the project folder (default: $TYOVERKKO_CREDENTIALS, or",
            "$TYOVERKKO_UPDATE_USER and $TYOVERKKO_UPDATE_PASSWORD; without them /kb-admin is off)"})
    Path credentials;

    ServerSettings settings(Project project) {
        int p = port != null ? port : intEnv("TYOVERKKO_PORT", ServerSettings.DEFAULT_PORT);
        long t = timeout != null ? (long) (timeout * 1000) : ServerSettings.DEFAULT_TIMEOUT_MS;
        long max = maxResults != null ? maxResults : ServerSettings.DEFAULT_MAX_RESULTS;
        if (p < 0 || p > 65535) throw new UsageException("port out of range: " + p);
        if (t <= 0) throw new UsageException("timeout must be positive");
        String user = System.getenv("TYOVERKKO_UPDATE_USER");
        String password = System.getenv("TYOVERKKO_UPDATE_PASSWORD");
        Path file = credentials != null ? credentials
            : System.getenv("TYOVERKKO_CREDENTIALS") != null ? Path.of(System.getenv("TYOVERKKO_CREDENTIALS")) : null;
        if (file != null) {
            CredentialsFile c = CredentialsFile.read(file, project);
            user = c.user();
            password = c.password();
        }
        if ((user == null) != (password == null)) throw new UsageException("set both TYOVERKKO_UPDATE_USER and TYOVERKKO_UPDATE_PASSWORD");
        boolean personal = servePersonalData != null ? servePersonalData : "true".equalsIgnoreCase(System.getenv("TYOVERKKO_SERVE_PERSONAL_DATA"));
        return new ServerSettings(p, t, max, user, password, personal, project.data().resolve("reference"));
    }

    private static int intEnv(String name, int dflt) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(name + " is not a number: " + v);
        }
    }
}
