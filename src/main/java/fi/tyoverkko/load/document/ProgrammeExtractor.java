package fi.tyoverkko.load.document;

import fi.tyoverkko.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Funding programmes and funders named by keyword (STEA, ESR, ESR+, EU, …; listed in {@code programmes.txt}). */
final class ProgrammeExtractor implements Extractor {
    private record Rule(Pattern pattern, String programme) {}

    private static final List<Rule> RULES = WordList.lines("programmes.txt").stream()
        .map(l -> l.split("\t", 2)).map(p -> new Rule(Pattern.compile(p[0]), p[1].strip())).toList();

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern.matcher(v.text());
            while (m.find()) {
                out.add(v.fact(FactType.PROGRAMME, r.programme, m.start(), m.end(), "programme.keyword", 0.9, null, ""));
            }
        }
        return out;
    }
}
