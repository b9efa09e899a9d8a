package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.store.KnowledgeStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "query", mixinStandardHelpOptions = true,
    header = "Run a query from queries/ or a .rq file against the store. / Suorita kysely.",
    description = "NAME is a query in queries/ (without .rq) or a path to a .rq file. "
        + "Parameters are bound as values, never pasted into the query text.")
final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, ttl, nt }

    @Mixin StoreOption storeOption;

    @Parameters(index = "0", paramLabel = "NAME", description = "query name or .rq file")
    String name;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "bind ?NAME to VALUE (IRI if it starts with http(s):)")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "table (default), csv, tsv, json; ttl or nt for CONSTRUCT/DESCRIBE")
    Format format = Format.table;

    @Override
    public Integer call() {
        Project p = storeOption.project();
        Query query = load(p);
        try (KnowledgeStore store = KnowledgeStore.open(p.store())) {
            Txn.executeRead(store.dataset(), () -> {
                var builder = QueryExec.dataset(store.dataset()).query(query);
                params.forEach((k, v) -> builder.substitution(k, node(v)));
                try (QueryExec qe = builder.build()) {
                    if (query.isSelectType()) printRows(qe.select());
                    else if (query.isAskType()) System.out.println(qe.ask());
                    else RDFDataMgr.write(System.out, query.isConstructType() ? qe.construct() : qe.describe(),
                        format == Format.nt ? Lang.NTRIPLES : Lang.TURTLE);
                }
            });
        }
        return ExitCodes.OK;
    }

    private void printRows(RowSet rowSet) {
        org.apache.jena.query.ResultSet rows = org.apache.jena.query.ResultSet.adapt(rowSet);
        switch (format) {
            case csv -> ResultSetMgr.write(System.out, rows, ResultSetLang.RS_CSV);
            case tsv -> ResultSetMgr.write(System.out, rows, ResultSetLang.RS_TSV);
            case json -> ResultSetMgr.write(System.out, rows, ResultSetLang.RS_JSON);
            default -> ResultSetFormatter.out(System.out, rows);
        }
    }

    private Query load(Project p) {
        Path file = name.endsWith(".rq") ? Path.of(name) : p.queries().resolve(name + ".rq");
        if (!Files.isRegularFile(file)) throw new UsageException("no query '" + name + "' (looked for " + file + ")");
        try {
            return QueryFactory.create(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        } catch (QueryParseException e) {
            throw new fi.tyoverkko.load.SourceException(p.shown(file), e.getLine(), e.getColumn(), e.getMessage());
        }
    }

    static Node node(String v) {
        if (v.matches("https?://\\S+|urn:\\S+")) return NodeFactory.createURI(v);
        return NodeFactory.createLiteralString(v);
    }

}
