package fi.tyoverkko.load.document;

/**
 * One fact found in a document, with its evidence: the normalised {@code value} (a base-form
 * name, an ISO date or interval, plain euros, …), the character offsets and exact quote it rests
 * on, the rule that found it and a confidence in [0, 1]. {@code iri} is the known resource it
 * was resolved to, or null; {@code role} says more about some facts (an amount's "total",
 * "eu-share", "partner-total", "partner-eu-share"; a person's title), or is empty; {@code matchedBy}
 * says, for a resolved fact, why the words were taken to name the known thing.
 */
public record Fact(FactType type, String value, int start, int end, String quote, String rule, double confidence,
                   String iri, String role, String matchedBy) {
    public Fact {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("fact without a value");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        if (confidence < 0 || confidence > 1) throw new IllegalArgumentException("confidence out of [0,1]");
        if (role == null) role = "";
        if (matchedBy == null) matchedBy = "";
    }

    public Fact(FactType type, String value, int start, int end, String quote, String rule, double confidence,
                String iri, String role) {
        this(type, value, start, end, quote, rule, confidence, iri, role, "");
    }

    /** This fact, resolved to a known thing: {@code how} says why the words name it. */
    public Fact withMatch(String how) {
        return new Fact(type, value, start, end, quote, rule, confidence, iri, role, how);
    }


}
