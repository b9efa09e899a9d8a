package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FunctionWords;
import fi.tyoverkko.text.OrganisationHeads;
import fi.tyoverkko.text.SentenceSplitter;
import fi.tyoverkko.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Organisations: the known ones by any name form ({@link KnownNameScanner}), and new ones by the
 * shape of Finnish organisation names: a head word ("säätiö", "yhdistys", "ministeriö", …) or a
 * legal-form suffix ("ry", "sr", "Oy") with the capitalised words and genitives before it
 * ("Matti Meikäläisen säätiö", "Työterveyden ja kuntoutuksen laitos TKL", "Sosiaalisten
 * yritysten liitto Esimerkki ry"). The value is the base form: the last word is un-inflected
 * ("Malli-Valmennusyhdistyksen" → "Malli-Valmennusyhdistys", "Oy:n" → "Oy").
 */
final class OrganisationExtractor implements Extractor {
    /** How many lowercase words (genitives, adjectives, "ja") a name may have before its head. */
    private static final int MAX_LOWER = 3;

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>(KnownNameScanner.scan(v, "organisation", FactType.ORGANISATION, "organisation.known"));
        List<Token> t = v.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tk = t.get(i);
            if (!tk.isWord()) continue;
            final boolean suffix = OrganisationHeads.isSuffix(tk.text()) && i > 0 && t.get(i - 1).isWord() && t.get(i - 1).isCapitalised()
                && !v.lineBreakBetween(t.get(i - 1).end(), tk.start());
            String headBase = suffix ? null : OrganisationHeads.baseForm(tk.text());
            if (!suffix && headBase == null) continue;
            if (suffix && tk.text().equals("r") && !(i + 1 < t.size() && v.lineBreakBetween(tk.end(), t.get(i + 1).start()))) continue;
            int last = i;
            if (!suffix && i + 1 < t.size() && t.get(i + 1).isAcronym() && !v.lineBreakBetween(tk.end(), t.get(i + 1).start())
                    && t.get(i + 1).text().length() <= 5 && !isProgramme(t.get(i + 1).text())) {
                last = i + 1;
            }
            // "Malli-Valmennusyhdistys ry", "Osuuskuntien keskusjärjestö Esimerkki ry": the suffix ends the name
            boolean endsInSuffix = suffix;
            if (!suffix) {
                for (int k = i + 1; k < t.size() && k <= i + 3; k++) {
                    Token n = t.get(k);
                    if (!n.isWord() || v.lineBreakBetween(t.get(k - 1).end(), n.start())) break;
                    if (OrganisationHeads.isSuffix(n.text()) && !n.text().equals("r")) {
                        last = k;
                        endsInSuffix = true;
                        break;
                    }
                    if (!n.isCapitalised()) break;
                }
            }
            // "Osuuskunta Yhteinen Pöytä": a cooperative's head word may come first, its name after it
            if (!suffix && last == i && tk.text().equalsIgnoreCase("osuuskunta")) last = nameAfter(v, i);
            if (!endsInSuffix && isPlural(tk.text())) continue;
            int first = start(v, i, suffix);
            if (first < 0) continue;
            if (!suffix && first == i && last == i && !acceptSingle(v, tk, headBase)) continue;
            if (!endsInSuffix && !plausibleHead(v, first, i, headBase)) continue;
            String value = value(v, first, i, last, endsInSuffix, endsInSuffix ? null : headBase);
            if (value == null || v.known().find("region", value).isPresent() || v.known().find("municipality", value).isPresent()) continue;
            Token a = t.get(first), b = t.get(last);
            if (overlaps(out, a.start(), b.end())) continue;
            String rule = endsInSuffix ? "organisation.suffix" : "organisation.head";
            Optional<KnownThings.Known> known = v.known().find("organisation", v.text().substring(a.start(), b.end()));
            if (known.isEmpty()) known = v.known().find("organisation", value);
            out.add(known.map(k -> v.fact(FactType.ORGANISATION, k.label(), a.start(), b.end(), "organisation.pattern+known", 0.95, k.iri(), "").withMatch(k.how()))
                .orElseGet(() -> v.fact(FactType.ORGANISATION, value, a.start(), b.end(),
                    rule, 0.8, null, "")));
        }
        // national bodies by one word or abbreviation, where no longer name was found
        for (Fact f : NationalOrganisations.find(v)) if (!overlaps(out, f.start(), f.end())) out.add(f);
        return out;
    }

    /** The first token of the name whose head (or suffix) is at {@code anchor}; -1 when there is no proper name. */
    private static int start(TextView v, int anchor, boolean suffix) {
        List<Token> t = v.tokens();
        Token head = t.get(anchor);
        int first = head.isCapitalised() && !suffix ? anchor : -1;
        int lower = 0;
        SentenceSplitter.Span sentence = v.sentenceAt(head.start());
        for (int j = anchor - 1; j >= 0; j--) {
            Token p = t.get(j);
            if (!p.isWord() || v.lineBreakBetween(p.end(), t.get(j + 1).start()) || p.start() < sentence.start()) break;
            String w = p.text();
            if (p.isCapitalised() && FunctionWords.contains(w)) {
                break;
            } else if (p.isCapitalised()) {
                boolean initial = p.start() == sentence.start();
                boolean genitive = w.endsWith("n") || p.isAcronym() || w.contains("-");
                if (!suffix && OrganisationHeads.baseForm(w) != null) break;
                if (initial && !genitive && !suffix) break;
                if (initial && !genitive && suffix && first >= 0) break;
                first = j;
                lower = 0;
            } else if (w.equals("ja") && j > 0 && t.get(j + 1).isWord() && !t.get(j + 1).isCapitalised()) {
                lower++;
            } else if (w.endsWith("-") && j + 1 < t.size() && t.get(j + 1).text().equals("ja")) {
                // "työ- ja elinkeinoministeriö", "Kainuun sosiaali- ja terveydenhuollon kuntayhtymä"
                if (head.text().toLowerCase(Locale.ROOT).contains("ministeri")) first = j;
                lower = 0;
            } else if (w.endsWith("n") || w.endsWith("inen") || OrganisationHeads.baseForm(w) != null) {
                if (++lower > MAX_LOWER) break;
            } else {
                break;
            }
        }
        if (first < 0) return -1;
        Token f = t.get(first);
        if (!f.isCapitalised() && !f.text().endsWith("-")) return -1;
        return first;
    }

    /**
     * Heads that are also everyday words need more: "kunta" only right after a municipality's name
     * ("Suomussalmen kunta", not "maakunta" or "paikkakunta"); "verkosto" not after a word that
     * merely opens the sentence ("Rakennetaan yhteistyöverkosto").
     */
    private static boolean plausibleHead(TextView v, int first, int head, String headBase) {
        String h = headBase == null ? "" : headBase.toLowerCase(Locale.ROOT);
        Token tk = v.tokens().get(head);
        if (h.endsWith("kunta") && !h.endsWith("osuuskunta")) {
            return h.equals("kunta") && first < head && v.known().find("municipality", v.tokens().get(head - 1).text()).isPresent();
        }
        if (h.endsWith("verkosto") && first < head && !tk.isCapitalised()) {
            Token f = v.tokens().get(first);
            return v.sentenceAt(f.start()).start() != f.start();
        }
        return true;
    }

    /** The last of up to three capitalised words (not function words) after {@code head} on its line; {@code head} if none. */
    private static int nameAfter(TextView v, int head) {
        List<Token> t = v.tokens();
        int last = head;
        for (int k = head + 1; k < t.size() && k <= head + 3; k++) {
            Token n = t.get(k);
            if (!n.isWord() || !n.isCapitalised() || FunctionWords.contains(n.text()) || v.lineBreakBetween(t.get(k - 1).end(), n.start())) break;
            last = k;
        }
        return last;
    }

    /** "järjestöt", "säätiöiden": a plural head word names a kind of organisation, not one. */
    private static boolean isPlural(String w) {
        String s = w.toLowerCase(Locale.ROOT);
        return s.endsWith("t") || s.endsWith("jen") || s.endsWith("iden") || s.endsWith("ien") || s.endsWith("ine")
            || s.endsWith("issa") || s.endsWith("issä") || s.endsWith("ille") || s.endsWith("illa") || s.endsWith("illä");
    }

    /** A name of one word ("Kuntoutussäätiö") must be a compound with its own first part, not a plural, not opening a sentence. */
    private static boolean acceptSingle(TextView v, Token tk, String headBase) {
        String w = tk.text().toLowerCase(Locale.ROOT);
        if (OrganisationHeads.isBareHead(tk.text())) return false;
        // "Hankeverkosto" is a kind of network; a named one has a name before it ("Kainuun Järjestöverkosto")
        if (headBase.toLowerCase(Locale.ROOT).endsWith("verkosto")) return false;
        if (tk.text().contains("-")) return true;
        return v.sentenceAt(tk.start()).start() != tk.start();
    }

    private static String value(TextView v, int first, int head, int last, boolean suffix, String headBase) {
        List<Token> t = v.tokens();
        StringBuilder sb = new StringBuilder();
        for (int k = first; k <= last; k++) {
            Token tk = t.get(k);
            String w = tk.text();
            if (k == last && suffix) w = OrganisationHeads.suffixBase(w);
            else if (k == head && headBase != null) w = headBase;
            else if (k == last && tk.isAcronym()) w = OrganisationHeads.suffixBase(w);
            else if (k == last && k > head && w.matches(".*[aeiouyäö]n")) w = w.substring(0, w.length() - 1); // "Osuuskunta Kipinän"
            if (k > first) sb.append(v.text(), t.get(k - 1).end(), tk.start());
            sb.append(w);
        }
        String s = sb.toString().replaceAll("\\s+", " ").strip();
        if (Character.isLowerCase(s.charAt(0))) s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.length() < 3 ? null : s;
    }

    private static boolean isProgramme(String w) {
        return w.startsWith("ESR") || w.equals("EU") || w.equals("STEA") || w.equals("EAKR");
    }

    static boolean overlaps(List<Fact> facts, int start, int end) {
        for (Fact f : facts) if (f.start() < end && start < f.end()) return true;
        return false;
    }
}
