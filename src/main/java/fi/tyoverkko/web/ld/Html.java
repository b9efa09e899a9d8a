package fi.tyoverkko.web.ld;

import fi.tyoverkko.vocab.TV;

/** Small helpers for the server's HTML pages: escaping, local links, the page frame. */
public final class Html {
    private Html() {}

    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Where this server serves an IRI of ours ({@code /id/...}, {@code /graph/...}, {@code /ontology#...}); other IRIs as they are. */
    public static String href(String iri) {
        return iri.startsWith(TV.BASE) ? "/" + iri.substring(TV.BASE.length()) : iri;
    }

    /** A complete page: the frame with the site's navigation, the title, and the body. */
    public static String page(String lang, String title, String head, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + esc(lang) + "\"><head><meta charset=\"utf-8\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<title>" + esc(title) + " – Työverkko</title>"
            + "<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/ld.css\">" + head + "</head><body>"
            + "<header class=\"site\"><a class=\"brand\" href=\"/\">Työverkko</a><nav>"
            + "<a href=\"/\">Kojelauta <span lang=\"en\">/ Dashboard</span></a>"
            + "<a href=\"/dataset\">Aineisto <span lang=\"en\">/ Dataset</span></a>"
            + "<a href=\"/ontology\">Ontologia <span lang=\"en\">/ Ontology</span></a>"
            + "<a href=\"/api\">API</a></nav></header><main>" + body + "</main>"
            + "<footer class=\"site\">Työverkko · <a href=\"/dataset\">lisenssit ja lähteet / licences and sources</a></footer>"
            + "</body></html>\n";
    }
}
