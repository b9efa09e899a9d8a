package fi.tyoverkko.web;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;

/**
 * SPARQL query for the public: refuses SERVICE (the server must never fetch on a caller's
 * behalf) before any work is done, and caps the number of results.
 */
public final class PublicQueryService extends SPARQL_QueryDataset {
    private final long maxResults;
    private final PublicView visible;

    /** {@code visible} hides restricted graphs; null serves everything. */
    public PublicQueryService(long maxResults, PublicView visible) {
        this.maxResults = maxResults;
        this.visible = visible;
    }

    @Override
    protected org.apache.jena.sparql.exec.QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dsg) {
        var qe = super.createQueryExec(action, query, dsg);
        // one query processor serves every dataset; only the public one hides restricted graphs
        if (visible != null && TyoverkkoServer.DATASET.equals(action.getDatasetName())) visible.hide(qe);
        return qe;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (usesService(query)) {
            ServletOps.errorBadRequest("SERVICE (federated query) is not allowed on this endpoint");
        }
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        if (maxResults > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
        }
        return super.decideDataset(action, query, queryStringLog);
    }

    static boolean usesService(Query query) {
        if (query.getQueryPattern() == null) return false;
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override public void visit(ElementService el) { found[0] = true; }
        });
        return found[0];
    }
}
