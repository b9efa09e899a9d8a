package fi.tyoverkko.load.document;

import fi.tyoverkko.resolve.NameKey;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares extracted facts with a gold annotation, per document and fact type, on distinct
 * (type, value) pairs: a predicted value is right when it matches some gold item (names by
 * {@link NameKey#exact} against any alternative, other values exactly); a gold item is found
 * when some predicted value matches it.
 */
public final class GoldEvaluation {

    /** Counts of one fact type. */
    public static final class Score {
        int predicted, correct, gold, found;
        final List<String> misses = new ArrayList<>();
        final List<String> falsePositives = new ArrayList<>();

        public int predicted() { return predicted; }
        public int correct() { return correct; }
        public int gold() { return gold; }
        public int found() { return found; }
        public List<String> misses() { return misses; }
        public List<String> falsePositives() { return falsePositives; }
        /** Share of predicted values that are right; 1 when nothing was predicted. */
        public double precision() { return predicted == 0 ? 1.0 : (double) correct / predicted; }
        /** Share of gold items found; 1 when the gold has none. */
        public double recall() { return gold == 0 ? 1.0 : (double) found / gold; }
        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private final Map<FactType, Score> scores = new EnumMap<>(FactType.class);
    private int documents;

    public GoldEvaluation() {
        for (FactType t : FactType.values()) scores.put(t, new Score());
    }

    public Score score(FactType t) { return scores.get(t); }
    public int documents() { return documents; }

    /** Adds one document's comparison. */
    public void add(GoldFile gold, List<Fact> facts) {
        documents++;
        for (FactType type : FactType.values()) {
            Set<String> predicted = new LinkedHashSet<>();
            for (Fact f : facts) if (f.type() == type) predicted.add(f.value());
            List<GoldFile.Item> items = gold.items().stream().filter(i -> i.type() == type).toList();
            Score s = scores.get(type);
            s.predicted += predicted.size();
            s.gold += items.size();
            for (String p : predicted) {
                if (items.stream().anyMatch(i -> matches(type, p, i))) s.correct++;
                else s.falsePositives.add(gold.documentId() + ": " + p);
            }
            for (GoldFile.Item i : items) {
                if (predicted.stream().anyMatch(p -> matches(type, p, i))) s.found++;
                else s.misses.add(gold.documentId() + ": " + String.join("|", i.alternatives()));
            }
        }
    }

    static boolean matches(FactType type, String predicted, GoldFile.Item item) {
        for (String alt : item.alternatives()) {
            if (type.isName() ? NameKey.exact(alt).equals(NameKey.exact(predicted)) : alt.equals(predicted)) return true;
        }
        return false;
    }

    /** The table: type, gold, predicted, correct, found, precision, recall, F1; then misses and false positives if verbose. */
    public String table(boolean verbose) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-13s %5s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "pred", "right", "found", "P", "R", "F1"));
        int g = 0, p = 0, c = 0, f = 0;
        for (FactType t : FactType.values()) {
            Score s = scores.get(t);
            if (s.gold == 0 && s.predicted == 0) continue;
            sb.append(String.format("%-13s %5d %5d %5d %5d %6.3f %6.3f %6.3f%n", t.key(), s.gold, s.predicted, s.correct,
                s.found, s.precision(), s.recall(), s.f1()));
            g += s.gold; p += s.predicted; c += s.correct; f += s.found;
        }
        double pr = p == 0 ? 1 : (double) c / p, re = g == 0 ? 1 : (double) f / g;
        sb.append(String.format("%-13s %5d %5d %5d %5d %6.3f %6.3f %6.3f%n", "all", g, p, c, f, pr, re,
            pr + re == 0 ? 0 : 2 * pr * re / (pr + re)));
        if (verbose) {
            for (FactType t : FactType.values()) {
                Score s = scores.get(t);
                s.misses.forEach(m -> sb.append("  miss ").append(t.key()).append("  ").append(m).append('\n'));
                s.falsePositives.forEach(m -> sb.append("  false ").append(t.key()).append(" ").append(m).append('\n'));
            }
        }
        return sb.toString();
    }
}
