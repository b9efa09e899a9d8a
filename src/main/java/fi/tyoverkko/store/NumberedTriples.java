package fi.tyoverkko.store;

import org.apache.jena.graph.Node;

/**
 * Triples kept as numbers of terms from a numbering that other graphs share (the build's union of
 * its graphs): a writer given several of them looks each distinct term up once, by its number,
 * instead of hashing the term at every use.
 */
public interface NumberedTriples {
    /** The numbering the term numbers belong to: graphs with the same one share their numbers. */
    Object numbering();

    int tripleCount();

    /** The number of a term of triple {@code i} (0 ≤ i < tripleCount()): role 0 subject, 1 predicate, 2 object. */
    int term(int i, int role);

    /** The term with this number. */
    Node node(int number);
}
