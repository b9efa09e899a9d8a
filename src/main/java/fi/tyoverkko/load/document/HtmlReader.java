package fi.tyoverkko.load.document;

import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML through jsoup: navigation, headers, footers, scripts and skip links ("Siirry
 * pääsisältöön") are dropped; headings, paragraphs and list items become lines of their own,
 * list items starting with "- ".
 */
final class HtmlReader implements DocumentReader {
    private static final Set<String> DROPPED = Set.of("script", "style", "nav", "header", "footer", "noscript",
        "form", "iframe", "svg", "button", "aside", "template");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
        "section", "article", "blockquote", "dd", "dt", "br", "table", "ul", "ol", "main", "figcaption");

    @Override
    public boolean accepts(Path file) {
        String n = DocumentReaders.lower(file);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml");
    }

    @Override
    public String read(Path file, String shown) {
        org.jsoup.nodes.Document doc;
        try {
            doc = Jsoup.parse(file.toFile(), null);
        } catch (IOException e) {
            throw SourceException.of(shown, "cannot read HTML: " + e.getMessage());
        }
        doc.select(String.join(",", DROPPED)).remove();
        doc.select("a[href^=#]").forEach(a -> { if (a.text().toLowerCase().startsWith("siirry")) a.remove(); });
        doc.select("[role=navigation],[aria-hidden=true],.skip-link,.screen-reader-text,.breadcrumb,.menu").remove();
        StringBuilder out = new StringBuilder();
        append(doc.body() == null ? doc : doc.body(), out);
        return out.toString().replaceAll("[ \\t\\u00A0]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static void append(Node node, StringBuilder out) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                String s = t.text().replaceAll("\\s+", " ");
                if (out.length() == 0 || out.charAt(out.length() - 1) == '\n') s = s.stripLeading();
                out.append(s);
            } else if (child instanceof Element e) {
                boolean block = BLOCKS.contains(e.normalName());
                if (block) newline(out);
                if (e.normalName().equals("li")) out.append("- ");
                append(e, out);
                if (block) newline(out);
            }
        }
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
