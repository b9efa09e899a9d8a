package fi.tyoverkko.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FinnishDatesTest {
    private static final PartialDate DOC_2018 = PartialDate.ofDay(2018, 9, 19);

    @Test void fullDate_isXsdDate() {
        PartialDate d = FinnishDates.parse("19.9.2018", null);
        assertEquals("2018-09-19", d.lexical());
        assertEquals("date", d.xsdType());
    }

    @Test void monthAndYear_isGYearMonth() {
        assertEquals("2020-09", FinnishDates.parse("9/2020", null).lexical());
        assertEquals("gYearMonth", FinnishDates.parse("9/2020", null).xsdType());
        assertEquals("2019-05", FinnishDates.parse("toukokuussa 2019", null).lexical());
        assertEquals("2017-04", FinnishDates.parse("huhtikuusta 2017", null).lexical());
    }

    @Test void yearOnly_isGYear() {
        assertEquals("gYear", FinnishDates.parse("2017", null).xsdType());
    }

    @Test void dayAndMonth_takeTheYearOfTheDocument() {
        assertEquals("2018-09-27", FinnishDates.parse("27.9.", DOC_2018).lexical());
        var e = assertThrows(IllegalArgumentException.class, () -> FinnishDates.parse("27.9.", null));
        assertEquals("'27.9.' has no year and there is no document date to take it from", e.getMessage());
    }

    @Test void periods() {
        var p = FinnishDates.parsePeriod("1.9.2020–31.12.2022", null);
        assertEquals("2020-09-01", p.start().lexical());
        assertEquals("2022-12-31", p.end().lexical());
        p = FinnishDates.parsePeriod("2017–2019", null);
        assertEquals("2017", p.start().lexical());
        assertEquals("2019", p.end().lexical());
        p = FinnishDates.parsePeriod("9/2024 – 9/2025", null);
        assertEquals("2024-09", p.start().lexical());
        assertEquals("2025-09", p.end().lexical());
        p = FinnishDates.parsePeriod("2023-2027", null);
        assertEquals("2023", p.start().lexical());
    }

    @Test void dayRange_sharesMonthAndDocumentYear() {
        var p = FinnishDates.parsePeriod("9.-10.10.", DOC_2018);
        assertEquals("2018-10-09", p.start().lexical());
        assertEquals("2018-10-10", p.end().lexical());
        p = FinnishDates.parsePeriod("14.-15.11.", DOC_2018);
        assertEquals("2018-11-14", p.start().lexical());
    }

    @Test void isoDates_areNotRanges() {
        var p = FinnishDates.parsePeriod("2018-09-19", null);
        assertEquals(p.start(), p.end());
    }

    @Test void impossibleDates_andBackwardPeriods_areRejected() {
        assertThrows(IllegalArgumentException.class, () -> FinnishDates.parse("31.2.2020", null));
        assertThrows(IllegalArgumentException.class, () -> FinnishDates.parse("1.13.2020", null));
        assertThrows(IllegalArgumentException.class, () -> FinnishDates.parse("eilen", null));
        assertThrows(IllegalArgumentException.class, () -> FinnishDates.parsePeriod("2020–2018", null));
    }
}
