package fi.tyoverkko.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Candidate base forms of an inflected Finnish word, by rule: strip a case ending, then undo
 * the stem changes that names show most ("Helsingissä" → helsinki, "Lahdessa" → lahti,
 * "Seinäjoelle" → seinäjoki, "Varkaudessa" → varkaus, "Yhdistyksen" → yhdistys,
 * "Turussa" → turku, "Uudellamaalla" → uusimaa). It over-generates on purpose: a caller keeps
 * only the candidates that are known names, so a wrong candidate costs nothing.
 */
public final class FinnishBaseForms {
    private FinnishBaseForms() {}

    /** Case endings, longest first (locative, ablative, allative, essive, translative, genitive, illative, partitive). */
    private static final List<String> ENDINGS = List.of("seen", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä",
        "lle", "ksi", "tta", "ttä", "hin", "han", "hen", "hon", "hun", "hyn", "hän", "hön", "na", "nä", "n", "a", "ä", "t");

    /** Stem endings and the base endings they come from (consonant gradation, e-stems). */
    private static final String[][] STEM_CHANGES = {
        {"ngi", "nki"}, {"nge", "nki"}, {"ngo", "nko"}, {"nga", "nka"}, {"nnu", "ntu"}, {"nna", "nta"}, {"nnä", "ntä"},
        {"mme", "mpi"}, {"lle", "lti"}, {"rre", "rti"},
        {"kse", "s"}, {"ude", "us"}, {"yde", "ys"}, {"ee", "e"}, {"de", "ti"}, {"oe", "oki"}, {"öe", "öki"},
        {"ie", "ki"}, {"e", "i"}, {"e", ""}, {"i", ""},
    };

    /** Inflected first parts of compound names ("Uudellamaalla"): the adjective uusi. */
    private static final String[][] COMPOUND_HEADS = {
        {"uudella", "uusi"}, {"uudelle", "uusi"}, {"uudelta", "uusi"}, {"uudessa", "uusi"}, {"uudesta", "uusi"},
        {"uuteen", "uusi"}, {"uuden", "uusi"},
    };

    /** Base-form candidates of one word (lower-cased), the word itself first. */
    public static Set<String> candidates(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        for (String[] head : COMPOUND_HEADS) {
            if (w.startsWith(head[0]) && w.length() > head[0].length() + 2) {
                for (String rest : stems(w.substring(head[0].length()))) out.add(head[1] + rest);
            }
        }
        out.addAll(stems(w));
        return out;
    }

    private static Set<String> stems(String w) {
        Set<String> out = new LinkedHashSet<>();
        for (String ending : ENDINGS) {
            if (!w.endsWith(ending) || w.length() - ending.length() < 2) continue;
            String stem = w.substring(0, w.length() - ending.length());
            out.add(stem);
            for (String[] change : STEM_CHANGES) {
                if (stem.endsWith(change[0])) out.add(stem.substring(0, stem.length() - change[0].length()) + change[1]);
            }
            // k lost after r, l or h: turku → turu-, jälki → jälje-
            int n = stem.length();
            if (n >= 3 && "rlh".indexOf(stem.charAt(n - 2)) >= 0 && isVowel(stem.charAt(n - 1))) {
                out.add(stem.substring(0, n - 1) + "k" + stem.charAt(n - 1));
            }
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiouyäö".indexOf(c) >= 0;
    }
}
