package fi.tyoverkko.load.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.load.SourceException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReadersTest {
    @TempDir Path dir;

    private Document read(Path f) { return DocumentReaders.read(f, f.getFileName().toString(), "t", null); }

    private SourceException refused(Path f) {
        SourceException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(SourceException.class, () -> read(f)));
        assertEquals(f.getFileName().toString(), e.path(), "the error names the file");
        return e;
    }

    @Test
    void plainText_bomAndCrlfAreNormalised() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.write(f, "\uFEFFVates-säätiö\r\nKotkassa".getBytes(StandardCharsets.UTF_8));
        assertEquals("Vates-säätiö\nKotkassa", read(f).text());
    }

    @Test
    void emptyFile_isRefused() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.txt"));
        assertTrue(refused(f).getMessage().contains("empty"));
    }

    @Test
    void binaryFile_isRefused() throws Exception {
        Path f = dir.resolve("binary.txt");
        Files.write(f, new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0});
        assertTrue(refused(f).getMessage().contains("binary"));
    }

    @Test
    void latin1Text_isRefusedAsNotUtf8() throws Exception {
        Path f = dir.resolve("latin1.txt");
        Files.write(f, "Vates-säätiö".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(refused(f).getMessage().contains("UTF-8"));
    }

    @Test
    void fiftyMegabyteFile_isRefusedWithoutReadingIt() throws Exception {
        Path f = dir.resolve("big.txt");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024);
        }
        assertTrue(refused(f).getMessage().contains("too large"));
    }

    @Test
    void largeTextWithinTheLimit_isExtractedInBoundedTime() throws Exception {
        String para = "Hankkeen kokonaisbudjetti on 12 167 957 euroa, josta 10 588 811 euroa on Euroopan unionin rahoittamaa. "
            + "Yhteyshenkilönä on erityisasiantuntija Kaija Ray, puh. 044 0724 944, kaija.ray@vates.fi.\n";
        Path f = dir.resolve("long.txt");
        Files.writeString(f, para.repeat(8_000));
        Document d = read(f);
        var facts = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> FactExtraction.extract(d, KnownThings.NONE));
        assertEquals(8_000 * 2, facts.stream().filter(x -> x.type() == FactType.AMOUNT).count());
    }

    @Test
    void pathologicalText_isExtractedInBoundedTime() throws Exception {
        // one 500 000-letter word, then half a million characters of '@' runs: no regular expression may go quadratic
        Path f = dir.resolve("pathological.txt");
        Files.writeString(f, "a".repeat(500_000) + " " + "x@".repeat(250_000) + " " + "Aaaa ".repeat(50_000));
        Document d = read(f);
        var facts = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> FactExtraction.extract(d, KnownThings.NONE));
        assertTrue(facts.stream().noneMatch(x -> x.type() == FactType.EMAIL), "no address in it");
    }

    @Test
    void html_dropsNavigationAndKeepsParagraphsAndLists() throws Exception {
        Path f = dir.resolve("page.html");
        Files.writeString(f, "<html><body><a href='#main' class='skip-link'>Siirry pääsisältöön</a><nav><ul><li>Etusivu</li></ul></nav>"
            + "<main id='main'><h1>KeKo-hanke</h1><p>Hanke alkoi   <b>huhtikuussa 2017</b>.</p><ul><li>Kotka</li><li>Kemi</li></ul></main>"
            + "<footer>© Vates</footer><script>var x=1;</script></body></html>");
        String text = read(f).text();
        assertEquals("KeKo-hanke\nHanke alkoi huhtikuussa 2017.\n- Kotka\n- Kemi\n", text);
    }

    @Test
    void pdf_givesThePageText() throws Exception {
        Path f = dir.resolve("deck.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Vates-säätiön hanke 1.9.2020–31.12.2022");
                cs.endText();
            }
            pdf.save(f.toFile());
        }
        assertTrue(read(f).text().contains("Vates-säätiön hanke 1.9.2020–31.12.2022"), read(f).text());
    }

    @Test
    void brokenPdf_isRefused() throws Exception {
        Path f = dir.resolve("broken.pdf");
        Files.writeString(f, "%PDF-1.7\nthis is not a pdf");
        assertTrue(refused(f).getMessage().contains("PDF"));
    }

    @Test
    void pptx_givesTheSlideText() throws Exception {
        Path f = dir.resolve("deck.pptx");
        try (XMLSlideShow show = new XMLSlideShow(); OutputStream out = Files.newOutputStream(f)) {
            XSLFTextBox box = show.createSlide().createTextBox();
            box.setText("Kiitos!");
            box.addNewTextParagraph().addNewTextRun().setText("Mari Toivonen");
            show.write(out);
        }
        String text = read(f).text();
        assertTrue(text.contains("Kiitos!\nMari Toivonen\n"), text);
    }

    @Test
    void zipBombAsPptx_isRefusedQuickly() throws Exception {
        Path f = dir.resolve("bomb.pptx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) zip.write(zeros);
            zip.closeEntry();
        }
        assertTrue(Files.size(f) < 2_000_000);
        assertFalse(refused(f).getMessage().isBlank());
    }

    @Test
    void notAZipAsPptx_isRefused() throws Exception {
        Path f = dir.resolve("fake.pptx");
        Files.writeString(f, "just text");
        assertTrue(refused(f).getMessage().contains("PPTX"));
    }
}
