package fi.tyoverkko.load.document;

import fi.tyoverkko.text.PartialDate;

/**
 * A document as plain text with a stable character offset space: every offset a fact gives
 * points into {@link #text()}. {@code date} is the document's own date (from the manifest),
 * which gives dates written without a year their year; it may be null.
 */
public record Document(String id, String path, String text, PartialDate date) {
    public Document {
        if (text == null) throw new IllegalArgumentException("no text");
    }

    /** The exact characters between two offsets. */
    public String slice(int start, int end) { return text.substring(start, end); }
}
