package fi.tyoverkko.load.document;

import fi.tyoverkko.text.WordList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Facts as rows of a curated table (columns as in data/curated/README.md), one row per distinct
 * fact with its first quote, so that a reviewer can correct them and append them to the table:
 * {@code organisations}, {@code people}, {@code events} or {@code statistics}. Columns the
 * extractor cannot fill stay empty for the reviewer.
 */
public final class CuratedTableCsv {
    private CuratedTableCsv() {}

    public static final List<String> TABLES = List.of("organisations", "people", "events", "statistics");

    private static final Map<String, String> ORG_TYPES = new LinkedHashMap<>();
    static {
        for (String l : WordList.lines("organisation-types.txt")) {
            String[] p = l.split("\t");
            ORG_TYPES.put(p[0], p[1]);
        }
    }

    public static void write(String table, String sourceId, List<Fact> facts, Writer out) {
        List<String> header;
        List<List<String>> rows = new ArrayList<>();
        List<Fact> distinct = DocumentLoader.firstMentions(facts);
        switch (table) {
            case "organisations" -> {
                header = List.of("name", "variants", "type", "municipality", "url", "email", "source", "quote");
                for (Fact f : of(distinct, FactType.ORGANISATION)) {
                    rows.add(List.of(f.value(), "", orgType(f.value()), "", "", "", sourceId, quote(f)));
                }
            }
            case "people" -> {
                header = List.of("name", "variants", "job_title", "organisation", "project", "project_role", "email", "phone",
                    "source", "quote");
                for (Fact f : of(distinct, FactType.PERSON)) {
                    rows.add(List.of(f.value(), "", f.role(), "", "", "", near(facts, f, FactType.EMAIL), near(facts, f, FactType.PHONE),
                        sourceId, quote(f)));
                }
            }
            case "events" -> {
                header = List.of("name", "date", "municipality", "region_as_stated", "venue", "project", "organizer", "source", "quote");
                for (Fact f : of(distinct, FactType.EVENT)) {
                    String[] v = f.value().split(";", -1);
                    rows.add(List.of(quote(f), v[0], v[1], "", "", "", "", sourceId, quote(f)));
                }
            }
            case "statistics" -> {
                header = List.of("municipality", "indicator", "value", "unit", "year", "source", "quote");
                for (Fact f : of(distinct, FactType.STATISTIC)) {
                    String[] v = f.value().split(";", -1);
                    String unit = v[1].endsWith("rate") ? "percent" : v[1].equals("population") ? "persons" : "EUR";
                    rows.add(List.of(v[0], v[1], v[2], unit, v[3], sourceId, quote(f)));
                }
            }
            default -> throw new IllegalArgumentException("no curated table '" + table + "'; one of " + TABLES);
        }
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get());
            for (List<String> r : rows) p.printRecord(r);
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Fact> of(List<Fact> facts, FactType t) { return facts.stream().filter(f -> f.type() == t).toList(); }

    private static String quote(Fact f) { return f.quote().replaceAll("\\s+", " ").strip(); }

    /** The first fact of a type within 200 characters after any mention of a person (the contact lines under the name). */
    private static String near(List<Fact> facts, Fact person, FactType t) {
        for (Fact mention : facts) {
            if (mention.type() != person.type() || !mention.value().equals(person.value())) continue;
            for (Fact f : facts) {
                if (f.type() == t && f.start() >= mention.end() && f.start() - mention.end() < 200) return f.value();
            }
        }
        return "";
    }

    static String orgType(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("[\\s\\-]+");
        for (int i = words.length - 1; i >= 0; i--) {
            for (var e : ORG_TYPES.entrySet()) {
                if (words[i].equals(e.getKey()) || e.getKey().length() > 3 && words[i].endsWith(e.getKey())) return e.getValue();
            }
        }
        return "";
    }
}
