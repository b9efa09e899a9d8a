package fi.tyoverkko.load.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Facts as CSV for review: {@code type,value,role,source,quote,start,end,rule,confidence,iri,matched_by}.
 * The first three columns and {@code source,quote} are what a gold file or a curated table row
 * needs (every curated table cites {@code source} and a verbatim {@code quote}); a reviewed row
 * can be copied into the table of its type.
 */
public final class FactCsv {
    public static final List<String> HEADER = List.of("type", "value", "role", "source", "quote", "start", "end",
        "rule", "confidence", "iri", "matched_by");

    private FactCsv() {}

    public static void write(String sourceId, List<Fact> facts, Writer out) {
        try {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
            for (Fact f : facts) {
                p.printRecord(f.type().key(), f.value(), f.role(), sourceId, f.quote().replaceAll("\\s+", " "), f.start(),
                    f.end(), f.rule(), f.confidence(), f.iri() == null ? "" : f.iri(), f.matchedBy());
            }
            p.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
