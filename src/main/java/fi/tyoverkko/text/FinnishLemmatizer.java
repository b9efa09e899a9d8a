package fi.tyoverkko.text;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The base form of an inflected Finnish word, pure Java: organisation head words by their known
 * inflection ("Esimerkki-säätiön" → "Esimerkki-säätiö"), otherwise the first rule-based candidate
 * ({@link FinnishBaseForms}) that a caller recognises ("Kuopiossa" → "kuopio" when Kuopio is a known
 * place). Returns null when nothing is recognised.
 */
public final class FinnishLemmatizer {
    private FinnishLemmatizer() {}

    public static String baseForm(String word, Predicate<String> known) {
        String head = OrganisationHeads.baseForm(word);
        if (head != null) return head;
        String prefix = "";
        String last = word;
        int hyphen = word.lastIndexOf('-');
        if (hyphen > 0 && hyphen < word.length() - 2) {
            prefix = word.substring(0, hyphen + 1);
            last = word.substring(hyphen + 1);
        }
        for (String candidate : FinnishBaseForms.candidates(last)) {
            String full = prefix + candidate;
            if (known.test(full.toLowerCase(Locale.ROOT))) return restoreCase(word, full);
        }
        return null;
    }

    private static String restoreCase(String original, String lower) {
        StringBuilder sb = new StringBuilder(lower);
        for (int i = 0; i < Math.min(original.length(), sb.length()); i++) {
            if (Character.isUpperCase(original.charAt(i))) sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
        }
        return sb.toString();
    }
}
