package fi.tyoverkko.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The head words that end Finnish organisation names ("säätiö", "yhdistys", "ministeriö", …,
 * listed in {@code organisation-heads.txt}) and the legal-form suffixes written after them
 * ("ry", "sr", "Oy"). Knows the inflected forms, so "Malli-Valmennusyhdistyksen" has the base
 * form "Malli-Valmennusyhdistys".
 */
public final class OrganisationHeads {
    private OrganisationHeads() {}

    private record Head(String base, List<String> stems) {}

    private static final List<Head> HEADS = new ArrayList<>();
    private static final Set<String> ENDINGS = Set.copyOf(WordList.lines("case-endings.txt"));
    private static final Set<String> SUFFIXES = Set.copyOf(WordList.lines("organisation-suffixes.txt"));

    static {
        for (String line : WordList.lines("organisation-heads.txt")) {
            String[] parts = line.split(":", 2);
            HEADS.add(new Head(parts[0].strip(), List.of(parts[1].strip().split("\\s+"))));
        }
        // longest stems first so that "ammattikorkeakoulu" wins over "korkeakoulu"
        HEADS.sort((a, b) -> b.base.length() - a.base.length());
    }

    /** The base form of a word that ends in an organisation head word, in any case; null when it does not. */
    public static String baseForm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Head h : HEADS) {
            for (String stem : h.stems) {
                int at = w.lastIndexOf(stem);
                if (at < 0) continue;
                String ending = w.substring(at + stem.length());
                if (ending.isEmpty() ? stem.equals(h.base) : ENDINGS.contains(ending)) {
                    return word.substring(0, at) + caseLike(word.substring(at), h.base);
                }
            }
        }
        return null;
    }

    /** Whether a word is a head word with nothing before it ("säätiöt", "Järjestöjen"), not a name. */
    public static boolean isBareHead(String word) {
        String base = baseForm(word);
        return base != null && HEADS.stream().anyMatch(h -> h.base.equalsIgnoreCase(base));
    }

    /** Whether a word is a legal-form suffix such as "ry", "sr", "Oy" or "Oy:n". */
    public static boolean isSuffix(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int colon = w.indexOf(':');
        return SUFFIXES.contains(colon < 0 ? w : w.substring(0, colon));
    }

    /** The suffix without its case ending: "Oy:n" gives "Oy". */
    public static String suffixBase(String word) {
        int colon = word.indexOf(':');
        return colon < 0 ? word : word.substring(0, colon);
    }

    private static String caseLike(String original, String base) {
        return Character.isUpperCase(original.charAt(0)) ? Character.toUpperCase(base.charAt(0)) + base.substring(1) : base;
    }
}
