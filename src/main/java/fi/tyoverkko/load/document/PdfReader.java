package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** PDF through PDFBox 3: the text of every page, pages separated by a blank line. */
final class PdfReader implements DocumentReader {
    /** More pages than this is not a slide deck or a project page; refused rather than read for minutes. */
    static final int MAX_PAGES = 2000;

    @Override
    public boolean accepts(Path file) { return DocumentReaders.lower(file).endsWith(".pdf"); }

    @Override
    public String read(Path file, String shown) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            if (pdf.isEncrypted()) throw SourceException.of(shown, "encrypted PDF / salattu PDF");
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw SourceException.of(shown, "PDF has " + pdf.getNumberOfPages() + " pages, at most " + MAX_PAGES);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setPageEnd("\n\n");
            stripper.setLineSeparator("\n");
            return stripper.getText(pdf).replace("\r\n", "\n");
        } catch (IOException e) {
            throw SourceException.of(shown, "not a readable PDF: " + e.getMessage() + " / PDF-tiedostoa ei voi lukea");
        }
    }
}
