package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FinnishNumbers;
import fi.tyoverkko.text.SentenceSplitter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Euro amounts ("1 234 567 euroa", "98 765 €", "1,5 miljoonaa euroa", "2,4 milj €") and what
 * they are, read from the words around them: a total budget, the EU-funded part ("josta … on
 * Euroopan unionin rahoittamaa"), or a partner's share ("… osuuden kokonaisbudjetti").
 */
final class AmountExtractor implements Extractor {
    private static final Pattern AMOUNT = Pattern.compile(
        "(?<![\\d,.])(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:,(\\d+))?"
        + "(?:\\s?(milj(?:\\.|oonaa|oonan|oona)?|miljardia|mrd\\.?|tuhatta|t(?=\\s?€)))?"
        + "\\s?(€|euroa|euron|euro|eur\\.?|EUR)(?![\\p{L}])");

    @Override
    public List<Fact> extract(TextView v) {
        List<Fact> out = new ArrayList<>();
        Matcher m = AMOUNT.matcher(v.text());
        while (m.find()) {
            String written = m.group().replace("euron", "euroa").replace("EUR", "euroa");
            BigDecimal value;
            try {
                value = FinnishNumbers.euros(written);
            } catch (IllegalArgumentException e) {
                continue;
            }
            String role = role(v, m.start(), m.end());
            out.add(v.fact(FactType.AMOUNT, value.toPlainString(), m.start(), m.end(), "amount.euro", 0.95, null, role));
        }
        return out;
    }

    /** "total", "eu-share", "partner-total", "partner-eu-share" or "amount", from the sentence. */
    static String role(TextView v, int start, int end) {
        SentenceSplitter.Span s = v.sentenceAt(start);
        String before = v.text().substring(s.start(), start).toLowerCase(Locale.ROOT);
        // what is said since the amount before ("… 845 000 euroa, josta EU:n osuus on 676 000 euroa")
        int previous = lastAmountEnd(before);
        String since = previous < 0 ? before : before.substring(previous);
        if (previous >= 0 && since.matches("(?s).*\\b(eu:n|eu-|euroopan unionin|esr:n)\\s*(rahoitus)?osuu.*")) {
            return before.substring(0, previous).contains("osuu") ? "partner-eu-share" : "eu-share";
        }
        String after = v.text().substring(end, Math.max(end, s.end())).toLowerCase(Locale.ROOT);
        int nextNumber = indexOfDigit(after);
        String own = nextNumber < 0 ? after : after.substring(0, nextNumber);
        boolean eu = own.matches("(?s)\\s*(on\\s+)?(euroopan unionin|eu:n|eu-|esr).*") || before.endsWith("eu-osuus ")
            || before.matches("(?s).*\\bjosta\\s*$");
        boolean partner = before.contains("osuu");
        boolean total = before.contains("budjetti") || before.contains("kustannu") || before.contains("kokonais")
            || before.contains("avustu") || before.contains("rahoitu") || before.contains("myönsi") || before.contains("myönnett");
        if (eu) return partner ? "partner-eu-share" : "eu-share";
        if (total) return partner ? "partner-total" : "total";
        return "amount";
    }

    /** End of the last euro amount in the text, or -1. */
    private static int lastAmountEnd(String s) {
        Matcher m = AMOUNT.matcher(s);
        int end = -1;
        while (m.find()) end = m.end();
        return end;
    }

    private static int indexOfDigit(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) return i;
        return -1;
    }
}
