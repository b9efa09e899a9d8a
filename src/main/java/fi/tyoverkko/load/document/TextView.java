package fi.tyoverkko.load.document;

import fi.tyoverkko.text.FinnishTokenizer;
import fi.tyoverkko.text.SentenceSplitter;
import fi.tyoverkko.text.Token;
import java.util.List;

/** A document as the extractors see it: its text, tokens, sentences and the known things to resolve names against. */
public final class TextView {
    private final Document document;
    private final List<Token> tokens;
    private final List<SentenceSplitter.Span> sentences;
    private final KnownThings known;

    public TextView(Document document, KnownThings known) {
        this.document = document;
        this.tokens = FinnishTokenizer.tokens(document.text());
        this.sentences = SentenceSplitter.sentences(document.text());
        this.known = known;
    }

    public Document document() { return document; }
    public String text() { return document.text(); }
    public List<Token> tokens() { return tokens; }
    public List<SentenceSplitter.Span> sentences() { return sentences; }
    public KnownThings known() { return known; }

    /** The sentence holding this offset (binary search), or a span of just that offset. */
    public SentenceSplitter.Span sentenceAt(int offset) {
        int lo = 0, hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SentenceSplitter.Span s = sentences.get(mid);
            if (offset < s.start()) hi = mid - 1;
            else if (offset >= s.end()) lo = mid + 1;
            else return s;
        }
        return new SentenceSplitter.Span(offset, Math.min(offset + 1, text().length()));
    }

    /** Index of the first token that starts at or after {@code offset} (binary search). */
    public int tokenIndexAt(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Whether a line break lies between two offsets. */
    public boolean lineBreakBetween(int from, int to) {
        String t = text();
        for (int i = Math.min(from, to), end = Math.max(from, to); i < end; i++) if (t.charAt(i) == '\n') return true;
        return false;
    }

    /** A fact whose quote is the text between two offsets. */
    public Fact fact(FactType type, String value, int start, int end, String rule, double confidence, String iri, String role) {
        return new Fact(type, value, start, end, text().substring(start, end), rule, confidence, iri, role);
    }
}
