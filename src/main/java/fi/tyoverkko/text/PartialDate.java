package fi.tyoverkko.text;

import java.time.LocalDate;

/**
 * A date as precise as its source: a day, a month or a year. Maps to xsd:date,
 * xsd:gYearMonth or xsd:gYear.
 */
public record PartialDate(int year, Integer month, Integer day) {

    public PartialDate {
        if (year < 1000 || year > 2999) throw new IllegalArgumentException("year out of range: " + year);
        if (month != null && (month < 1 || month > 12)) throw new IllegalArgumentException("no month " + month);
        if (day != null) {
            if (month == null) throw new IllegalArgumentException("a day needs a month");
            if (day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
                throw new IllegalArgumentException("no day " + day + "." + month + "." + year);
            }
        }
    }

    public static PartialDate ofYear(int y) { return new PartialDate(y, null, null); }
    public static PartialDate ofMonth(int y, int m) { return new PartialDate(y, m, null); }
    public static PartialDate ofDay(int y, int m, int d) { return new PartialDate(y, m, d); }

    /** Local name of the XML Schema datatype: date, gYearMonth or gYear. */
    public String xsdType() {
        return day != null ? "date" : month != null ? "gYearMonth" : "gYear";
    }

    /** ISO lexical form: 2018-09-27, 2020-09 or 2017. */
    public String lexical() {
        if (day != null) return String.format("%04d-%02d-%02d", year, month, day);
        if (month != null) return String.format("%04d-%02d", year, month);
        return String.format("%04d", year);
    }

    /** First day of the period this date names. */
    public LocalDate first() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    /** Last day of the period this date names. */
    public LocalDate last() {
        if (day != null) return first();
        if (month != null) return first().withDayOfMonth(first().lengthOfMonth());
        return LocalDate.of(year, 12, 31);
    }

    @Override
    public String toString() { return lexical(); }
}
