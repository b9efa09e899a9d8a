package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FunctionWords;
import fi.tyoverkko.text.OrganisationHeads;
import fi.tyoverkko.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Projects: known ones by any name form, and new ones by how Finnish names a project: a compound
 * with "-hanke"/"-projekti" ("Polku-hankkeen" → Polku), or a name written before a separate
 * " -hanke" ("Järjestöt kuntien työllisyyspalveluissa -hanke", a quoted name before
 * "-hankkeessa"); the name runs back to the nearest capitalised word on the line.
 */
final class ProjectExtractor implements Extractor {
    private static final Pattern COMPOUND = Pattern.compile(
        "(\\p{Lu}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+)*?)-(?:hank|projekt)\\p{L}*");
    private static final int MAX_WORDS = 10;

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>(KnownNameScanner.scan(v, "project", FactType.PROJECT, "project.known"));
        List<Token> t = v.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tk = t.get(i);
            Matcher m = COMPOUND.matcher(tk.text());
            if (tk.isWord() && m.matches()) {
                add(v, out, m.group(1), tk.start(), tk.end(), tk.start(), tk.start() + m.end(1), "project.compound", 0.85);
            } else if (tk.text().equals("-") && i + 1 < t.size() && t.get(i + 1).text().matches("(?i)(hank|projekt)\\p{L}*")
                    && tk.start() > 0 && Character.isWhitespace(v.text().charAt(tk.start() - 1))) {
                int[] span = nameBefore(v, i);
                if (span == null) continue;
                String name = v.text().substring(span[0], span[1]).strip();
                add(v, out, name, span[0], t.get(i + 1).end(), span[0], span[1], "project.dash-hanke", 0.85);
            }
        }
        // "Työpolku Karjala (TPK) on … hanke": a name and its acronym, said to be a project in the same sentence
        Matcher m = INTRODUCED.matcher(v.text());
        while (m.find()) {
            String name = m.group(1);
            String lastWord = name.substring(name.lastIndexOf(' ') + 1);
            if (OrganisationHeads.baseForm(lastWord) != null || FunctionWords.contains(name.split(" ")[0])) continue;
            if (v.known().find("organisation", name).isPresent() || v.known().find("municipality", name).isPresent()
                || v.known().find("region", name).isPresent()) continue;
            int sentenceEnd = v.sentenceAt(m.start()).end();
            if (!PROJECT_WORD.matcher(v.text().substring(m.end(), Math.max(m.end(), sentenceEnd))).find()) continue;
            add(v, out, name, m.start(1), m.end(), m.start(1), m.end(1), "project.acronym-introduced", 0.8);
        }
        return out;
    }

    private static final Pattern INTRODUCED = Pattern.compile(
        "(?<![\\p{L}-])(\\p{Lu}[\\p{L}\\p{N}-]*(?: \\p{Lu}[\\p{L}\\p{N}-]*){0,4}) \\((\\p{Lu}[\\p{Lu}\\p{N}]{1,7})\\)(?= on\\b)");
    private static final Pattern PROJECT_WORD = Pattern.compile("(?i)(?:^|[\\s-])(?:hanke|projekti)\\b");

    private static void add(TextView v, List<Fact> out, String name, int start, int end, int nameStart, int nameEnd,
                            String rule, double conf) {
        if (OrganisationExtractor.overlaps(out, start, end)) return;
        Optional<KnownThings.Known> k = v.known().find("project", v.text().substring(start, end));
        if (k.isEmpty()) k = v.known().find("project", name);
        if (k.isPresent()) {
            out.add(v.fact(FactType.PROJECT, k.get().label(), start, end, rule + "+known", 0.95, k.get().iri(), "").withMatch(k.get().how()));
        } else if (name.length() >= 2) {
            out.add(v.fact(FactType.PROJECT, name, start, end, rule, conf, null, ""));
        }
    }

    /** Offsets of the name before the dash at token {@code dash}: a quoted name, or back to the nearest capital. */
    private static int[] nameBefore(TextView v, int dash) {
        List<Token> t = v.tokens();
        int j = dash - 1;
        if (j < 0) return null;
        Token prev = t.get(j);
        if (prev.text().matches("[”\"»]")) {
            for (int k = j - 1; k >= 0 && k > j - 40; k--) {
                if (t.get(k).text().matches("[”\"«“]")) return new int[] {t.get(k + 1).start(), t.get(j - 1).end()};
                if (v.lineBreakBetween(t.get(k).end(), prev.start())) break;
            }
            return null;
        }
        // skip a parenthesis and a programme name written between the name and the dash
        if (prev.text().equals(")")) {
            while (j >= 0 && !t.get(j).text().equals("(")) j--;
            j--;
        }
        while (j >= 0 && t.get(j).isAcronym()) j--;
        if (j < 0 || !t.get(j).isWord() && !t.get(j).isNumber()) return null;
        int end = t.get(j).end();
        for (int k = j, n = 0; k >= 0 && n < MAX_WORDS; k--, n++) {
            Token w = t.get(k);
            if (!w.isWord() && !w.isNumber()) return null;
            if (k < j && v.lineBreakBetween(w.end(), t.get(k + 1).start())) return null;
            if (w.isWord() && w.isCapitalised()) {
                // a name of several capitalised words ("Lapin Polku -hanke"), not an organisation before it
                int first = k;
                while (first > 0) {
                    Token p = t.get(first - 1);
                    if (!p.isWord() || !p.isCapitalised() || FunctionWords.contains(p.text()) || OrganisationHeads.baseForm(p.text()) != null
                            || v.lineBreakBetween(p.end(), t.get(first).start()) || v.sentenceAt(t.get(first).start()).start() == t.get(first).start()) break;
                    first--;
                }
                return new int[] {t.get(first).start(), end};
            }
        }
        return null;
    }
}
