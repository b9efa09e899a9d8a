package fi.tyoverkko.load.document;

import java.nio.file.Path;

/** Turns one kind of file (text, HTML, PDF, PPTX) into plain text. */
public interface DocumentReader {
    /** Whether this reader handles the file, judged by its name. */
    boolean accepts(Path file);

    /** The file's text; throws {@link fi.tyoverkko.load.SourceException} naming the file when it cannot be read. */
    String read(Path file, String shown);
}
