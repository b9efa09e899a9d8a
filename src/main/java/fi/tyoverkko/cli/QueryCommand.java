package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.query.CatalogueExecutor;
import fi.tyoverkko.query.NamedQuery;
import fi.tyoverkko.query.Parameter;
import fi.tyoverkko.store.KnowledgeStore;
import fi.tyoverkko.web.ResultWriter;
import fi.tyoverkko.web.ServerSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    header = "Run a named query from queries/ or a .rq file against the store. / Suorita kysely.",
    description = {"NAME is a query in queries/ (without .rq) or a path to a .rq file. Parameters are checked",
        "against the query's header and bound as values, never pasted into the query text.",
        "Without NAME, lists the catalogue."})
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, srj, ttl, nt, jsonld }

    @Mixin StoreOption storeOption;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "query name or .rq file")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "a parameter of the query")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
        description = "table (default), csv, tsv, json (array of objects), srj (SPARQL JSON); ttl, nt, jsonld for graphs")
    Format format = Format.table;

    @Option(names = "--timeout", paramLabel = "SECONDS",
        description = "stop the query after this many seconds (default: 30, as the server)")
    Double timeout;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        if (name == null) {
            for (NamedQuery q : fi.tyoverkko.query.QueryCatalogue.load(p.queries(), p.root()).all()) {
                System.out.printf("%-28s %s%n", q.name(), q.titleFi() + " / " + q.titleEn());
                q.parameters().values().forEach(par -> System.out.printf("%-28s   -p %s=<%s>%s%n", "", par.name(), par.type(),
                    par.required() ? " (required)" : par.defaultValue() != null ? " (default " + par.defaultValue() + ")" : ""));
            }
            return ExitCodes.OK;
        }
        long timeoutMillis = timeout != null ? (long) (timeout * 1000) : ServerSettings.DEFAULT_TIMEOUT_MS;
        if (timeoutMillis <= 0) throw new UsageException("timeout must be positive");
        Path file = name.endsWith(".rq") ? Path.of(name) : p.queries().resolve(name + ".rq");
        if (!Files.isRegularFile(file)) throw new UsageException("no query '" + name + "' (looked for " + file + "; `tyoverkko query` lists them)");
        NamedQuery q = NamedQuery.read(file, p.shown(file));
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            CatalogueExecutor.Result r;
            try {
                r = CatalogueExecutor.run(q, params, store.searchable(), timeoutMillis);
            } catch (Parameter.Invalid e) {
                throw new UsageException(e.getMessage());
            } catch (QueryCancelledException e) {
                // a query, not the store, is at fault: name its file like any other input problem
                throw SourceException.of(p.shown(file), "the query did not finish in " + timeoutMillis / 1000.0
                    + " s and was stopped (--timeout SECONDS allows more) / kysely ei valmistunut ajassa");
            }
            if (r.ask() != null) System.out.println(r.ask());
            else if (r.graph() != null) {
                RDFDataMgr.write(System.out, r.graph(), format == Format.nt ? Lang.NTRIPLES : format == Format.jsonld ? Lang.JSONLD : Lang.TURTLE);
            } else if (format == Format.table) {
                ResultSetFormatter.out(System.out, org.apache.jena.query.ResultSet.adapt(r.rowSet()));
            } else {
                ResultWriter w = switch (format) {
                    case csv -> ResultWriter.CSV;
                    case tsv -> ResultWriter.TSV;
                    case srj -> ResultWriter.SPARQL_JSON;
                    default -> ResultWriter.JSON_ROWS;
                };
                w.write(r, System.out);
                System.out.flush();
            }
        }
        return ExitCodes.OK;
    }
}
