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
 * Public bodies that texts name by a fixed name or an abbreviation ("Kelan", "TEM:n", "Euroopan
 * komission"), listed in {@code national-organisations.txt}: general knowledge of Finnish and
 * European administration, used when the curated tables do not know the body.
 */
final class NationalOrganisations {
    private NationalOrganisations() {}

    /** One-word names and abbreviations, lower case, to the canonical name. */
    private static final Map<String, String> CANONICAL = new HashMap<>();
    /** The one-word names that are not abbreviations ("Kela", "Sitra"): only these are looked up by base form. */
    private static final Map<String, String> WORDS = new HashMap<>();
    /** Names of several words, lower case, split into words; only the last word inflects ("Euroopan unionin"). */
    private static final Map<List<String>, String> MULTI_WORD = new HashMap<>();
    static {
        for (String line : WordList.lines("national-organisations.txt")) {
            String[] names = line.split("\\|");
            for (String n : names) {
                String name = n.strip().toLowerCase(Locale.ROOT);
                if (name.contains(" ")) MULTI_WORD.put(List.of(name.split(" +")), names[0].strip());
                else {
                    CANONICAL.put(name, names[0].strip());
                    // "ILO" in capitals is an abbreviation; "Ilon" in a text is the word ilo (joy)
                    if (!n.strip().equals(n.strip().toUpperCase(Locale.ROOT))) WORDS.put(name, names[0].strip());
                }
            }
        }
    }

    static List<Fact> find(TextView v) {
        List<Fact> out = new ArrayList<>();
        List<Token> tokens = v.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || !t.isCapitalised()) continue;
            int[] end = {i};
            String name = multiWord(tokens, i, end);
            if (name == null) name = oneWord(t);
            if (name == null) continue;
            Token last = tokens.get(end[0]);
            var known = v.known().find("organisation", name);
            String canonical = name;
            out.add(known.map(k -> v.fact(FactType.ORGANISATION, k.label(), t.start(), last.end(), "organisation.national+known", 0.9,
                    k.iri(), "").withMatch(k.how()))
                .orElseGet(() -> v.fact(FactType.ORGANISATION, canonical, t.start(), last.end(), "organisation.national", 0.9, null, "")));
            i = end[0];
        }
        return out;
    }

    private static String oneWord(Token t) {
        String w = t.text();
        int colon = w.indexOf(':');
        String bare = colon < 0 ? w : w.substring(0, colon);
        if (t.isAcronym() || colon >= 0) {
            String name = CANONICAL.get(bare.toLowerCase(Locale.ROOT));
            // a short all-capitals abbreviation must be written in capitals ("VM", not "Vm")
            return name != null && !bare.equals(bare.toUpperCase(Locale.ROOT)) && bare.length() <= 4 ? null : name;
        }
        for (String c : FinnishBaseForms.candidates(bare)) {
            String name = WORDS.get(c);
            if (name != null) return name;
        }
        return null;
    }

    /** A name of several words starting at token {@code i}: the words before the last as written, the last in any case. */
    private static String multiWord(List<Token> tokens, int i, int[] end) {
        for (var e : MULTI_WORD.entrySet()) {
            List<String> words = e.getKey();
            int j = i, w = 0;
            for (; w < words.size() - 1 && j < tokens.size(); w++, j++) {
                if (!tokens.get(j).text().toLowerCase(Locale.ROOT).equals(words.get(w))) break;
            }
            if (w < words.size() - 1 || j >= tokens.size()) continue;
            String lastWord = tokens.get(j).text().toLowerCase(Locale.ROOT);
            int colon = lastWord.indexOf(':');
            if (colon >= 0) lastWord = lastWord.substring(0, colon);
            if (lastWord.equals(words.get(w)) || FinnishBaseForms.candidates(lastWord).contains(words.get(w))) {
                end[0] = j;
                return e.getValue();
            }
        }
        return null;
    }
}
