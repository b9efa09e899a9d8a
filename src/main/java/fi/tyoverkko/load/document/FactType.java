package fi.tyoverkko.load.document;

import java.util.Locale;

/** The kinds of fact the document loader extracts; {@link #key()} is the name used in gold files and CSV. */
public enum FactType {
    ORGANISATION, PROJECT, PROGRAMME, DATE, AMOUNT, PERSON, EMAIL, PHONE, EVENT, STATISTIC;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static FactType of(String key) {
        try {
            return valueOf(key.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown fact type '" + key + "'");
        }
    }

    /** Whether values are names, compared by {@link fi.tyoverkko.resolve.NameKey}. */
    public boolean isName() { return this == ORGANISATION || this == PROJECT || this == PERSON || this == PROGRAMME; }
}
