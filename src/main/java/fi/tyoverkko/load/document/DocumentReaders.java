package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import fi.tyoverkko.text.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place that lists the document readers and applies the limits every document
 * shares: the file must exist, be non-empty and at most {@link #MAX_BYTES} bytes, and its
 * text must have some letters.
 */
public final class DocumentReaders {
    /** Largest file read (a bigger one is refused with a message, not read for minutes). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Most characters of text kept from one document (after extraction from PDF/PPTX/HTML). */
    public static final int MAX_CHARS = 5_000_000;

    private static final List<DocumentReader> READERS = List.of(
        new HtmlReader(), new PdfReader(), new PptxReader(), new PlainTextReader());

    private DocumentReaders() {}

    public static Document read(Path file, String shown, String id, PartialDate date) {
        try {
            if (!Files.isRegularFile(file)) throw SourceException.of(shown, "no such file / tiedostoa ei ole");
            long size = Files.size(file);
            if (size == 0) throw SourceException.of(shown, "empty file / tyhjä tiedosto");
            if (size > MAX_BYTES) {
                throw SourceException.of(shown, "file too large: " + size + " bytes, at most " + MAX_BYTES
                    + " / liian suuri tiedosto");
            }
        } catch (IOException e) {
            throw SourceException.of(shown, "cannot read: " + e.getMessage());
        }
        DocumentReader reader = READERS.stream().filter(r -> r.accepts(file)).findFirst().orElseThrow();
        String text = reader.read(file, shown);
        if (text.length() > MAX_CHARS) {
            throw SourceException.of(shown, "text too long: over " + MAX_CHARS + " characters / liian pitkä teksti");
        }
        if (text.codePoints().noneMatch(Character::isLetter)) {
            throw SourceException.of(shown, "no text in the document / dokumentissa ei ole tekstiä");
        }
        return new Document(id, shown, text, date);
    }

    static String lower(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }
}
