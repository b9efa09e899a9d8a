package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/**
 * PowerPoint (.pptx) through POI XSLF: each slide's text shapes, paragraph by paragraph,
 * bullets as "- ", slides separated by a blank line. POI's zip-bomb guard is kept strict, and
 * the expanded size of any entry is capped, so a crafted file fails quickly with a message.
 */
final class PptxReader implements DocumentReader {
    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    @Override
    public boolean accepts(Path file) { return DocumentReaders.lower(file).endsWith(".pptx"); }

    @Override
    public String read(Path file, String shown) {
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XMLSlideShow show = new XMLSlideShow(in)) {
            for (XSLFSlide slide : show.getSlides()) {
                for (XSLFShape shape : slide.getShapes()) {
                    if (!(shape instanceof XSLFTextShape text)) continue;
                    for (XSLFTextParagraph p : text.getTextParagraphs()) {
                        String line = p.getText().replace('\u000B', '\n').strip();
                        if (line.isEmpty()) continue;
                        if (p.isBullet()) out.append("- ");
                        out.append(line).append('\n');
                    }
                    out.append('\n');
                }
                out.append('\n');
                if (out.length() > DocumentReaders.MAX_CHARS) break;
            }
        } catch (IOException | RuntimeException e) {
            throw SourceException.of(shown, "not a readable PPTX slide deck: " + e.getMessage()
                + " / PPTX-tiedostoa ei voi lukea");
        }
        return out.toString().replaceAll("\\n{3,}", "\n\n");
    }
}
