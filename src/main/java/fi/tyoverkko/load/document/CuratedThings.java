package fi.tyoverkko.load.document;

import fi.tyoverkko.Project;
import fi.tyoverkko.build.GraphProducer;
import fi.tyoverkko.build.RowProgress;

/** The known things of a project: the ontology and the curated tables produced as a build would, without writing. */
public final class CuratedThings {
    private CuratedThings() {}

    public static KnownThings of(Project project) {
        GraphProducer producer = new GraphProducer(project, line -> { }, RowProgress.quiet());
        producer.produce();
        return new ResolvedThings(producer.resolver(), producer.union());
    }
}
