package fi.tyoverkko.load.document;

import fi.tyoverkko.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds names of known things in running text: every run of up to {@link #MAX_WORDS} words that
 * starts with a capital letter (or an acronym) and stays on one line is looked up, longest first,
 * through {@link KnownThings} (which knows variants, abbreviations and inflections). A match
 * consumes its words.
 */
final class KnownNameScanner {
    static final int MAX_WORDS = 7;

    private KnownNameScanner() {}

    static List<Fact> scan(TextView v, String kind, FactType type, String rule) {
        List<Token> t = v.tokens();
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token first = t.get(i);
            if (!first.isWord() || !first.isCapitalised()) continue;
            int maxLen = 0;
            for (int k = i; k < t.size() && k - i < MAX_WORDS; k++) {
                Token tk = t.get(k);
                if (k > i && v.lineBreakBetween(t.get(k - 1).end(), tk.start())) break;
                if (!tk.isWord() && !tk.isNumber() && !tk.text().equals("-") && !tk.text().equals("–")) break;
                maxLen = k - i + 1;
            }
            for (int len = maxLen; len >= 1; len--) {
                Token last = t.get(i + len - 1);
                if (!last.isWord()) continue;
                String span = v.text().substring(first.start(), last.end());
                Optional<KnownThings.Known> k = v.known().find(kind, span);
                if (k.isEmpty()) continue;
                double conf = len > 1 || span.length() > 3 ? 0.95 : 0.85;
                out.add(v.fact(type, k.get().label(), first.start(), last.end(), rule, conf, k.get().iri(), "").withMatch(k.get().how()));
                i += len - 1;
                break;
            }
        }
        return out;
    }
}
