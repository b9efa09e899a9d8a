package fi.tyoverkko.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FinnishNumbersTest {
    private static void is(String expected, String text) {
        assertEquals(0, new BigDecimal(expected).compareTo(FinnishNumbers.parse(text)), text);
    }

    @Test void spaceGroupedThousands_areOneNumber() {
        is("12167957", "12 167 957");
        is("158115", "158 115 euroa");
        is("30000", "noin 30 000");
        is("1200", "1\u00A0200");
    }

    @Test void decimalComma_andPercent() {
        is("1.5", "1,5");
        is("17.6", "17,6%");
        is("62.7", "62,7 %");
    }

    @Test void scaleWords_multiply() {
        is("10100000", "10,1 milj €");
        is("2400000", "2,4 milj. eur.");
        is("12200000", "12,2 milj. €");
    }

    @Test void pointWithThreeDigits_isAThousandsSeparator() {
        is("1500", "1.500");
        is("1.5", "1.5");
    }

    @Test void garbage_isRejected_withTheText() {
        var e = assertThrows(IllegalArgumentException.class, () -> FinnishNumbers.parse("paljon"));
        assertEquals("not a number: 'paljon'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FinnishNumbers.parse("12 kg"));
        assertThrows(IllegalArgumentException.class, () -> FinnishNumbers.parse(""));
    }

    @Test void negativeAmount_isRejected_butANegativeNumberIsNot() {
        assertThrows(IllegalArgumentException.class, () -> FinnishNumbers.euros("-5 €"));
        is("-5", "-5");
    }
}
