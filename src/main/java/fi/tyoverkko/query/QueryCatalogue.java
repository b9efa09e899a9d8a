package fi.tyoverkko.query;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The named queries of {@code queries/}, read once; a broken query file is an error at load, not at use. */
public final class QueryCatalogue {
    private final Map<String, NamedQuery> queries;

    private QueryCatalogue(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    public static QueryCatalogue load(Path dir, Path root) {
        Map<String, NamedQuery> out = new TreeMap<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    String shown = root.toAbsolutePath().relativize(f.toAbsolutePath()).toString();
                    NamedQuery q = NamedQuery.read(f, shown);
                    out.put(q.name(), q);
                }
            } catch (IOException e) {
                throw SourceException.of(dir.toString(), "cannot list queries: " + e.getMessage());
            }
        }
        return new QueryCatalogue(out);
    }

    public NamedQuery get(String name) { return queries.get(name); }
    public Collection<NamedQuery> all() { return queries.values(); }
}
