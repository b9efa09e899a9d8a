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

    /** Whether a line break lies between two offsets. */
    public boolean lineBreakBetween(int from, int to) {
        return text().substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') >= 0;
    }

    /** A fact whose quote is the text between two offsets. */
    public Fact fact(FactType type, String value, int start, int end, String rule, double confidence, String iri, String role) {
        return new Fact(type, value, start, end, text().substring(start, end), rule, confidence, iri, role);
    }
}
