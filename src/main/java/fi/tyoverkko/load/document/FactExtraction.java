package fi.tyoverkko.load.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs every extractor over a document and returns the facts in text order. The one place that
 * lists the extractors. A person found inside an organisation's name ("… Meikäläisen säätiö") is
 * dropped: the organisation wins.
 */
public final class FactExtraction {
    private static final List<Extractor> EXTRACTORS = List.of(new OrganisationExtractor(), new ProjectExtractor(),
        new ProgrammeExtractor(), new DateExtractor(), new AmountExtractor(), new PersonExtractor(),
        new ContactExtractor(), new EventExtractor(), new StatisticExtractor());

    private FactExtraction() {}

    public static List<Fact> extract(Document doc, KnownThings known) {
        TextView view = new TextView(doc, known);
        List<Fact> all = new ArrayList<>();
        for (Extractor e : EXTRACTORS) all.addAll(e.extract(view));
        List<Fact> orgs = all.stream().filter(f -> f.type() == FactType.ORGANISATION || f.type() == FactType.PROJECT).toList();
        all.removeIf(f -> f.type() == FactType.PERSON && f.iri() == null && OrganisationExtractor.overlaps(orgs, f.start(), f.end()));
        all.sort(Comparator.comparingInt(Fact::start).thenComparing(f -> f.type().ordinal()));
        return all;
    }
}
