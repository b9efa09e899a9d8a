package fi.tyoverkko.load.document;

import java.util.Optional;

/** The things already in the knowledge base (from the curated tables), found by a name in any inflection. */
public interface KnownThings {
    /** A known thing: its IRI, canonical (Finnish) label, and how the name matched (e.g. "Finnish inflection (stem): 'Esimerkki-säätiön' = 'Esimerkki-säätiö'"). */
    record Known(String iri, String label, String how) {
        public Known(String iri, String label) { this(iri, label, "label"); }
    }

    /** The one known thing of this kind ("organisation", "project", "person", "municipality", "region") with this name. */
    Optional<Known> find(String kind, String name);

    KnownThings NONE = (kind, name) -> Optional.empty();
}
