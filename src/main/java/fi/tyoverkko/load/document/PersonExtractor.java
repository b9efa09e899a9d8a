package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FunctionWords;
import fi.tyoverkko.text.OrganisationHeads;
import fi.tyoverkko.text.Token;
import fi.tyoverkko.text.WordList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People: known ones by any name form, and new ones as a capitalised first name from the list
 * of Finnish first names followed by a capitalised surname, or any two capitalised words next to
 * a job title ("erityisasiantuntija Maija Meikäläinen", "Matti Esimerkki, Hankepäällikkö"). A surname in
 * the genitive ("Maija Meikäläisen") takes the form the same document uses elsewhere.
 */
final class PersonExtractor implements Extractor {
    private static final Set<String> FIRST_NAMES = WordList.lines("first-names.txt").stream()
        .flatMap(l -> Arrays.stream(l.split("\\s+"))).collect(Collectors.toUnmodifiableSet());
    private static final List<String> TITLES = WordList.lines("person-titles.txt");
    /** Words after a name in the genitive ("Liisa Esimerkin mukaan"). */
    private static final Set<String> POSTPOSITIONS = Set.of("mukaan", "kanssa", "kautta", "luona", "toimesta", "puolesta",
        "johdolla", "kera", "vetämä", "vetämässä", "esityksessä", "puheenvuorossa");

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>(KnownNameScanner.scan(v, "person", FactType.PERSON, "person.known"));
        List<Token> t = v.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            Token a = t.get(i);
            if (!isName(a) || OrganisationExtractor.overlaps(out, a.start(), a.end())) continue;
            int last = i + 1;
            if (!isName(t.get(last)) || v.lineBreakBetween(a.end(), t.get(last).start())) continue;
            if (FIRST_NAMES.contains(t.get(last).text()) && last + 1 < t.size() && isName(t.get(last + 1))
                    && !v.lineBreakBetween(t.get(last).end(), t.get(last + 1).start())) {
                last++;
            }
            Token z = t.get(last);
            if (OrganisationHeads.baseForm(z.text()) != null || OrganisationHeads.isSuffix(z.text())) continue;
            if (last + 1 < t.size() && OrganisationHeads.isSuffix(t.get(last + 1).text())) continue;
            String title = title(v, i, last);
            boolean firstName = isFirstName(a.text());
            if (!firstName && title == null) continue;
            String name = v.text().substring(a.start(), z.end()).replaceAll("\\s+", " ");
            Optional<KnownThings.Known> known = v.known().find("person", name);
            if (known.isPresent()) {
                out.add(v.fact(FactType.PERSON, known.get().label(), a.start(), z.end(), "person.pattern+known", 0.95,
                    known.get().iri(), title == null ? "" : title).withMatch(known.get().how()));
            } else {
                String next = last + 1 < t.size() ? t.get(last + 1).text().toLowerCase(Locale.ROOT) : "";
                String base = POSTPOSITIONS.contains(next) ? genitiveToBase(name) : baseForm(v, name);
                out.add(v.fact(FactType.PERSON, base, a.start(), z.end(),
                    firstName ? "person.first-name" : "person.title", title != null ? 0.9 : 0.75, null, title == null ? "" : title));
            }
            i = last;
        }
        return out;
    }

    /** "Mari", and hyphenated double names of which every part is a first name ("Juha-Pekka"). */
    private static boolean isFirstName(String w) {
        return Arrays.stream(w.split("-")).allMatch(FIRST_NAMES::contains);
    }

    private static boolean isName(Token t) {
        String w = t.text();
        if (FunctionWords.contains(w)) return false;
        return t.isWord() && t.isCapitalised() && !t.isAcronym() && w.length() >= 2 && w.indexOf(':') < 0
            && w.chars().allMatch(c -> Character.isLetter(c) || c == '-') && !w.endsWith("-");
    }

    /** A job title next to the name: the word before, or the first words after (also on the next line). */
    private static String title(TextView v, int first, int last) {
        List<Token> t = v.tokens();
        for (int k = first - 1; k >= Math.max(0, first - 2); k--) {
            if (t.get(k).isWord() && isTitle(t.get(k).text())) return t.get(k).text();
            if (!t.get(k).text().equals(",") && !t.get(k).text().equals(":") && !t.get(k).isWord()) break;
        }
        for (int k = last + 1; k < Math.min(t.size(), last + 3); k++) {
            if (t.get(k).isWord() && isTitle(t.get(k).text())) return t.get(k).text();
        }
        return null;
    }

    private static boolean isTitle(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String title : TITLES) {
            if (w.startsWith(title) || w.endsWith(title) && w.length() - title.length() <= 12) return true;
        }
        return false;
    }

    /** A surname in the genitive to its base form: "Mallan" → "Malla", "Meikäläisen" → "Meikäläinen", "Saneen" → "Sane". */
    static String genitiveToBase(String name) {
        if (!name.endsWith("n")) return name;
        if (name.endsWith("sen")) return name.substring(0, name.length() - 3) + "nen";
        String stem = name.substring(0, name.length() - 1);
        int n = stem.length();
        if (n >= 2 && stem.charAt(n - 1) == 'e' && stem.charAt(n - 2) == 'e') return stem.substring(0, n - 1);
        return stem;
    }

    /** "Maija Mallan" → "Maija Malla" when the document also writes the name without the ending. */
    private static String baseForm(TextView v, String name) {
        if (!name.endsWith("n")) return name;
        String stripped = name.substring(0, name.length() - 1);
        return v.text().contains(stripped + " ") || v.text().contains(stripped + "\n") || v.text().contains(stripped + ",")
            || v.text().endsWith(stripped) ? stripped : name;
    }
}
