package fi.tyoverkko.store;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A text index whose Lucene index can be replaced while queries run, so that a rebuild inside a
 * running server swaps in the new index at once. The index it replaced stays open until the
 * next swap, because a query that began on it may still be reading it.
 */
final class SwappableTextIndex implements TextIndex {
    private volatile TextIndex current;
    private TextIndex retired;

    SwappableTextIndex(TextIndex first) { this.current = first; }

    /** Closes the index retired by the previous swap (queries started before it have long finished), before its files go. */
    synchronized void closeRetired() {
        if (retired != null) retired.close();
        retired = null;
    }

    /** Serves {@code next} from now on; the index it replaces stays open until {@link #closeRetired}. */
    synchronized void swap(TextIndex next) {
        closeRetired();
        retired = current;
        current = next;
    }

    @Override public synchronized void close() {
        if (retired != null) retired.close();
        retired = null;
        current.close();
    }

    @Override public void prepareCommit() { current.prepareCommit(); }
    @Override public void commit() { current.commit(); }
    @Override public void rollback() { current.rollback(); }
    @Override public void addEntity(Entity e) { current.addEntity(e); }
    @Override public void updateEntity(Entity e) { current.updateEntity(e); }
    @Override public void deleteEntity(Entity e) { current.deleteEntity(e); }
    @Override public Map<String, Node> get(String uri) { return current.get(uri); }
    @Override public EntityDefinition getDocDef() { return current.getDocDef(); }

    @Override public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return current.query(property, qs, graphURI, lang, limit);
    }
    @Override public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return current.query(property, qs, graphURI, lang);
    }
    @Override public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return current.query(property, qs, graphURI, lang, limit, highlight);
    }
    @Override public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return current.query(props, qs, graphURI, lang, limit, highlight);
    }
    @Override public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return current.query(uri, props, qs, graphURI, lang, limit, highlight);
    }
    @Override public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit, String highlight) {
        return current.query(subj, props, qs, graphURI, lang, limit, highlight);
    }
    @Override public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return current.query(uri, property, qs, graphURI, lang, limit, highlight);
    }
}
