package fi.tyoverkko.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContactFormatsTest {
    @Test void finnishPhoneNumbers_becomeE164_howeverGrouped() {
        assertEquals("+358503775432", ContactFormats.phoneE164("050 377 5432"));
        assertEquals("+358503775432", ContactFormats.phoneE164("puh. 050 3775432"));
        assertEquals("+358440724944", ContactFormats.phoneE164("044 0724 944"));
        assertEquals("+358444931300", ContactFormats.phoneE164("+358 44 493 1300"));
        assertEquals("+35891234567", ContactFormats.phoneE164("09-123 4567"));
    }

    @Test void notAPhoneNumber_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContactFormats.phoneE164("050"));
        assertThrows(IllegalArgumentException.class, () -> ContactFormats.phoneE164("soita"));
    }

    @Test void obfuscatedAddresses_becomeMailtoIris() {
        assertEquals("mailto:kati.savela-vilmari@vates.fi", ContactFormats.mailto("kati.savela-vilmari(at)vates.fi"));
        assertEquals("mailto:a.b@example.fi", ContactFormats.mailto("A.B@example.fi"));
        assertThrows(IllegalArgumentException.class, () -> ContactFormats.mailto("no-at-sign.fi"));
    }

    @Test void slugs_areLowerCaseAscii() {
        assertEquals("vates-saatio", Slugs.slug("Vates-säätiö"));
        assertEquals("paakaupunkiseudun-kierratyskeskus-oy", Slugs.slug("Pääkaupunkiseudun Kierrätyskeskus Oy"));
        assertEquals("esr-plus", Slugs.slug("ESR+"));
        assertEquals("07", Slugs.slug("07"));
        assertThrows(IllegalArgumentException.class, () -> Slugs.slug("–"));
    }
}
