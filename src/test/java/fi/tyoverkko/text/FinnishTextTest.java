package fi.tyoverkko.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FinnishTextTest {

    @Test
    void tokenizer_keepsCompoundsColonEndingsAndEmails() {
        List<String> words = FinnishTokenizer.tokens("Vates-säätiön ja Etula Group Oy:n kanssa ESR+ (puh. 050 377 5432) mari.toivonen@vates.fi.")
            .stream().map(Token::text).toList();
        assertEquals(List.of("Vates-säätiön", "ja", "Etula", "Group", "Oy:n", "kanssa", "ESR+", "(", "puh", ".", "050", "377",
            "5432", ")", "mari.toivonen@vates.fi", "."), words);
    }

    @Test
    void tokenizer_offsetsPointIntoTheText() {
        String text = "Kotkassa  on 52 883 asukasta.";
        for (Token t : FinnishTokenizer.tokens(text)) assertEquals(t.text(), text.substring(t.start(), t.end()));
    }

    @Test
    void sentences_dayMonthDateAndAbbreviationsDoNotEndASentence() {
        String text = "Järjestämme tilaisuuden 27.9. Tampereella. Mukana on mm. Vates. Hanke alkoi 1.9.2020. Kiitos!";
        List<String> s = SentenceSplitter.sentences(text).stream().map(sp -> text.substring(sp.start(), sp.end())).toList();
        assertEquals(List.of("Järjestämme tilaisuuden 27.9. Tampereella.", "Mukana on mm. Vates.", "Hanke alkoi 1.9.2020. Kiitos!"), s);
    }

    @Test
    void sentences_blankLinesAndBulletsEndSentences() {
        String text = "Keko kokoaa\n\n- Tavoite noin 10-15 verkostoa\n- Verkostoihin osallistuu toimijoita";
        assertEquals(3, SentenceSplitter.sentences(text).size());
    }

    @Test
    void baseForms_ofOrganisationHeadWords() {
        assertEquals("Vates-säätiö", OrganisationHeads.baseForm("Vates-säätiön"));
        assertEquals("Silta-Valmennusyhdistys", OrganisationHeads.baseForm("Silta-Valmennusyhdistyksen"));
        assertEquals("Diakonia-ammattikorkeakoulu", OrganisationHeads.baseForm("Diakonia-ammattikorkeakoulun"));
        assertEquals("Sydänliitto", OrganisationHeads.baseForm("Sydänliiton"));
        assertEquals("kaupunki", OrganisationHeads.baseForm("kaupungin"));
        assertNull(OrganisationHeads.baseForm("keskustelu"));
        assertNull(OrganisationHeads.baseForm("seuraavaksi"));
    }

    @Test
    void baseForms_ofPlacesThroughTheKnownNames() {
        Set<String> places = Set.of("kotka", "seinäjoki", "helsinki", "varkaus");
        assertEquals("Kotka", FinnishLemmatizer.baseForm("Kotkassa", places::contains));
        assertEquals("Seinäjoki", FinnishLemmatizer.baseForm("Seinäjoelle", places::contains));
        assertEquals("Helsinki", FinnishLemmatizer.baseForm("Helsingissä", places::contains));
        assertEquals("Varkaus", FinnishLemmatizer.baseForm("Varkaudessa", places::contains));
        assertEquals("Vates-säätiö", FinnishLemmatizer.baseForm("Vates-säätiön", places::contains));
        assertNull(FinnishLemmatizer.baseForm("Lahdessa", places::contains));
    }
}
