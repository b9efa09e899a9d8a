package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import fi.tyoverkko.load.document.CuratedTableCsv;
import fi.tyoverkko.load.document.CuratedThings;
import fi.tyoverkko.load.document.Document;
import fi.tyoverkko.load.document.DocumentReaders;
import fi.tyoverkko.load.document.EvidenceGraph;
import fi.tyoverkko.load.document.Fact;
import fi.tyoverkko.load.document.FactCsv;
import fi.tyoverkko.load.document.FactExtraction;
import fi.tyoverkko.load.document.KnownThings;
import fi.tyoverkko.load.document.SourceManifest;
import fi.tyoverkko.text.FinnishDates;
import fi.tyoverkko.text.PartialDate;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
    header = "Extract facts with evidence from a document. / Poimi tiedot dokumentista todisteineen.",
    description = "Reads a text, HTML, PDF or PPTX file and lists the facts found (organisations, projects, programmes, "
        + "dates, amounts, people, e-mails, phones, events, statistics), each with its offsets, quote, rule and "
        + "confidence. Names are resolved against the curated tables. A document listed in a sources.csv next to it "
        + "takes its id and date from there (the date gives the year of dates such as 27.9.).")
final class ExtractCommand implements Callable<Integer> {
    enum Format { text, ttl, csv }

    @Mixin StoreOption storeOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The document (.txt, .html, .pdf, .pptx).")
    Path file;

    @Option(names = {"-f", "--format"}, defaultValue = "text", description = "text (default), ttl or csv.")
    Format format;

    @Option(names = "--date", description = "The document's date (2018-09-19, 2018), when no manifest gives it.")
    String date;

    @Option(names = "--id", description = "The document's id (default: from sources.csv, else the file name).")
    String id;

    @Option(names = "--table", paramLabel = "TABLE",
        description = "With -f csv: rows in the columns of a curated table (organisations, people, events, statistics).")
    String table;

    @Option(names = "--no-known", description = "Do not resolve names against the curated tables (faster).")
    boolean noKnown;

    @Override
    public Integer call() {
        Project project = storeOption.project();
        if (table != null && !CuratedTableCsv.TABLES.contains(table)) {
            throw new UsageException("--table: one of " + CuratedTableCsv.TABLES);
        }
        String fileName = file.getFileName().toString();
        Path manifest = file.toAbsolutePath().getParent().resolve("sources.csv");
        SourceManifest.Entry entry = Files.isRegularFile(manifest)
            ? SourceManifest.read(manifest, project.shown(manifest)).byFile(fileName).orElse(null) : null;
        PartialDate d;
        try {
            d = date != null ? FinnishDates.parse(date, null) : entry != null ? entry.date() : null;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--date: " + e.getMessage());
        }
        String docId = id != null ? id : entry != null ? entry.id() : fileName.replaceFirst("\\.[^.]+$", "");
        Document doc = DocumentReaders.read(file, project.shown(file), docId, d);
        KnownThings known = noKnown ? KnownThings.NONE : CuratedThings.of(project);
        List<Fact> facts = FactExtraction.extract(doc, known);
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        switch (format) {
            case csv -> {
                if (table == null) FactCsv.write(docId, facts, out);
                else CuratedTableCsv.write(table, docId, facts, out);
            }
            case ttl -> {
                var g = EvidenceGraph.of(docId, facts, true);
                g.getPrefixMapping().setNsPrefix("tv", fi.tyoverkko.vocab.TV.NS).setNsPrefix("prov", fi.tyoverkko.vocab.TV.PROV)
                    .setNsPrefix("dcterms", fi.tyoverkko.vocab.TV.DCTERMS).setNsPrefix("schema", fi.tyoverkko.vocab.TV.SCHEMA)
                    .setNsPrefix("org", fi.tyoverkko.vocab.TV.ORG).setNsPrefix("skos", fi.tyoverkko.vocab.TV.SKOS)
                    .setNsPrefix("rdf", org.apache.jena.vocabulary.RDF.getURI()).setNsPrefix("xsd", org.apache.jena.vocabulary.XSD.NS);
                RDFDataMgr.write(System.out, g, Lang.TURTLE);
            }
            default -> {
                out.printf("%s (%s): %d characters, %d facts%n", project.shown(file), docId, doc.text().length(), facts.size());
                for (Fact f : facts) {
                    out.printf("%-12s %-45s %6d-%-6d %-28s %.2f  \"%s\"%s%n", f.type().key(), f.value(), f.start(), f.end(),
                        f.rule(), f.confidence(), abbreviate(f.quote()), f.role().isEmpty() ? "" : "  [" + f.role() + "]");
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String abbreviate(String quote) {
        String q = quote.replaceAll("\\s+", " ");
        return q.length() > 70 ? q.substring(0, 67) + "…" : q;
    }
}
