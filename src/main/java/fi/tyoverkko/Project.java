package fi.tyoverkko;

import java.nio.file.Path;

/**
 * Where a Työverkko project keeps its parts: ontology/, data/, queries/ under one root,
 * and the TDB2 store (default {@code store/} under the root, ignored by git).
 */
public record Project(Path root, Path store) {

    /** The root from -Dtyoverkko.home, else $TYOVERKKO_HOME, else the working directory. */
    public static Project locate(Path storeOverride) {
        String home = System.getProperty("tyoverkko.home", System.getenv("TYOVERKKO_HOME"));
        Path root = Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
        String envStore = System.getenv("TYOVERKKO_STORE");
        Path store = storeOverride != null ? storeOverride
            : envStore != null && !envStore.isBlank() ? Path.of(envStore) : root.resolve("store");
        return new Project(root, store.toAbsolutePath().normalize());
    }

    public Path ontology() { return root.resolve("ontology"); }
    public Path data() { return root.resolve("data"); }
    public Path mappings() { return data().resolve("mappings"); }
    public Path queries() { return root.resolve("queries"); }

    /** A path as shown in messages: relative to the root when inside it. */
    public String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
    }
}
