package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FinnishBaseForms;
import fi.tyoverkko.text.Token;
import fi.tyoverkko.text.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * National public bodies that texts name by one word or an abbreviation ("Kelan", "TEM:n"),
 * listed in {@code national-organisations.txt}: general knowledge of Finnish administration,
 * used when the curated tables do not know the body.
 */
final class NationalOrganisations {
    private NationalOrganisations() {}

    private static final Map<String, String> CANONICAL = new HashMap<>();
    static {
        for (String line : WordList.lines("national-organisations.txt")) {
            String[] names = line.split("\\|");
            for (String n : names) {
                if (!n.contains(" ")) CANONICAL.put(n.strip().toLowerCase(Locale.ROOT), names[0].strip());
            }
        }
    }

    static List<Fact> find(TextView v) {
        List<Fact> out = new ArrayList<>();
        for (Token t : v.tokens()) {
            if (!t.isWord() || !t.isCapitalised()) continue;
            String w = t.text();
            int colon = w.indexOf(':');
            String bare = colon < 0 ? w : w.substring(0, colon);
            String name = null;
            if (t.isAcronym() || colon >= 0) {
                name = CANONICAL.get(bare.toLowerCase(Locale.ROOT));
                if (name != null && !bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.length() <= 4) name = null;
            } else {
                for (String c : FinnishBaseForms.candidates(bare)) {
                    name = CANONICAL.get(c);
                    if (name != null) break;
                }
            }
            if (name == null) continue;
            var known = v.known().find("organisation", name);
            String canonical = name;
            out.add(known.map(k -> v.fact(FactType.ORGANISATION, k.label(), t.start(), t.end(), "organisation.national+known", 0.9,
                    k.iri(), "").withMatch(k.how()))
                .orElseGet(() -> v.fact(FactType.ORGANISATION, canonical, t.start(), t.end(), "organisation.national", 0.9, null, "")));
        }
        return out;
    }
}
