package fi.tyoverkko.load.document;

import java.util.List;

/** Finds one kind of fact in a document. */
public interface Extractor {
    List<Fact> extract(TextView text);
}
