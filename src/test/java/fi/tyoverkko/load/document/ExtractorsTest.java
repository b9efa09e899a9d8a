package fi.tyoverkko.load.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.text.FinnishBaseForms;
import fi.tyoverkko.text.PartialDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each extractor on sentences from the seed documents; expected values written by hand. */
class ExtractorsTest {

    /** Known places for the tests: municipality names in base form, found in any inflection the rules know. */
    private static final KnownThings PLACES = (kind, name) -> {
        if (kind.equals("region")) {
            return FinnishBaseForms.candidates(name).contains("satakunta") ? Optional.of(new KnownThings.Known("urn:x:satakunta", "Satakunta")) : Optional.empty();
        }
        if (!kind.equals("municipality")) return Optional.empty();
        Map<String, String> places = new java.util.HashMap<>();
        for (String p : List.of("Tampere", "Helsinki", "Lahti", "Kotka", "Varkaus", "Seinäjoki", "Kuopio", "Iisalmi", "Lieksa",
                "Joensuu", "Suomussalmi")) places.put(p.toLowerCase(java.util.Locale.ROOT), p);
        for (String c : FinnishBaseForms.candidates(name)) {
            if (places.containsKey(c)) return Optional.of(new KnownThings.Known("urn:x:" + c, places.get(c)));
        }
        return Optional.empty();
    };

    private static Set<String> values(String text, FactType type, PartialDate date) {
        List<Fact> facts = FactExtraction.extract(new Document("t", "t.txt", text, date), PLACES);
        for (Fact f : facts) assertEquals(f.quote(), text.substring(f.start(), f.end()), "quote = text at offsets");
        return facts.stream().filter(f -> f.type() == type).map(Fact::value).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> values(String text, FactType type) { return values(text, type, null); }

    @Test
    void amounts_splitNumbersAndWhatTheyAre() {
        String s = "Hankkeen kokonaisbudjetti on 12 167 957 euroa, josta 10 588 811 euroa on Euroopan unionin rahoittamaa.\n"
            + "Vates-säätiön osuuden kokonaisbudjetti on 158 115 euroa, josta 126 492 euroa on Euroopan unionin rahoittamaa.";
        assertEquals(Set.of("12167957", "10588811", "158115", "126492"), values(s, FactType.AMOUNT));
        List<String> roles = FactExtraction.extract(new Document("t", "t", s, null), KnownThings.NONE).stream()
            .filter(f -> f.type() == FactType.AMOUNT).map(Fact::role).toList();
        assertEquals(List.of("total", "eu-share", "partner-total", "partner-eu-share"), roles);
        assertEquals(Set.of("1500000", "10100000"), values("Avustus on 1,5 miljoonaa euroa. Palvelut 10,1 milj € (2017)", FactType.AMOUNT));
    }

    @Test
    void dates_rangesImplicitYearsAndMonthNames() {
        assertEquals(Set.of("2023/2027"), values("Yhteiskunnallisten yritysten osaamiskeskus (2023–2027)", FactType.DATE));
        assertEquals(Set.of("2024-09/2025-09"), values("Hankeaika on 9/2024 – 9/2025.", FactType.DATE));
        assertEquals(Set.of("2020-09-01/2022-12-31"), values("Hanke toimii 1.9.2020–31.12.2022.", FactType.DATE));
        assertEquals(Set.of("2017-04"), values("KeKo-hanke käynnistyi huhtikuussa 2017", FactType.DATE));
        assertEquals(Set.of("2021-06"), values("Tutustu vuoden 2021 kesäkuussa ilmestyneeseen julkaisuun", FactType.DATE));
        assertEquals(Set.of("2018-09-27", "2018-10-09/2018-10-10"),
            values("- 27.9. Pirkanmaa - Tampere\n- 9.-10.10. M/S Soste", FactType.DATE, PartialDate.ofDay(2018, 9, 19)));
        assertEquals(Set.of("2021"), values("Vuonna 2021 valmistui strategia, jota tukee 1700-luvulla 30 000 henkilöä.", FactType.DATE));
        assertEquals(Set.of(), values("- 27.9. Pirkanmaa - Tampere", FactType.DATE, null), "no year to give");
        assertEquals(Set.of("2025-04/2025-05"), values("Huhti–toukokuussa 2025 kiersimme työpajoja.", FactType.DATE));
    }

    @Test
    void organisations_inflectedAndByPattern() {
        assertEquals(Set.of("Silta-Valmennusyhdistys ry", "Miina Sillanpään säätiö", "AMI-säätiö"),
            values("Päähankkeen toteuttaja: Silta-Valmennusyhdistys ry\nHankkeen rahoittajana AMI-säätiö ja kumppanina on Miina Sillanpään säätiö.",
                FactType.ORGANISATION));
        assertEquals(Set.of("Pohjois-Karjalan Sosiaaliturvayhdistys", "KAJO-keskus"),
            values("Pohjois-Karjalan Sosiaaliturvayhdistyksen KAJO-keskus koordinoi pienempien järjestöjen työllistämistoimintaa.",
                FactType.ORGANISATION));
        assertEquals(Set.of("Työ- ja elinkeinoministeriö", "Terveyden ja hyvinvoinnin laitos THL", "Yhteiskunnallisten yritysten liitto Arvo ry"),
            values("Osaamiskeskusta rahoitti työ- ja elinkeinoministeriö. Mukana ovat Terveyden ja hyvinvoinnin laitos THL sekä "
                + "Yhteiskunnallisten yritysten liitto Arvo ry.", FactType.ORGANISATION));
        assertEquals(Set.of("Tampereen kaupunki", "Pirkanmaan TE-toimisto"),
            values("Yhteistyössä Pirkanmaan TE-toimiston ja Tampereen kaupungin kanssa.", FactType.ORGANISATION));
        assertEquals(Set.of(), values("Samoin järjestöt ja säätiöt työllistävät. Potilasjärjestöt tukevat.", FactType.ORGANISATION));
        assertEquals(Set.of("Kela", "Työ- ja elinkeinoministeriö"),
            values("Verkostoihin osallistuu Kelan toimijoita ja TEM:n edustaja.", FactType.ORGANISATION));
        // a body of several words inflects only in its last word; an abbreviation is not found as a common word
        assertEquals(Set.of("Euroopan komissio", "OECD", "Euroopan unioni"),
            values("Sekä Euroopan komissio että OECD kehottavat jäsenvaltioitaan. Summasta osa on Euroopan unionin rahoittamaa.",
                FactType.ORGANISATION));
        assertEquals(Set.of(), values("Ilon ja työn kautta kohti euroopan unionia.", FactType.ORGANISATION));
        // a cooperative named after its head word; a joint authority with "X- ja Y"; a municipality as a body
        assertEquals(Set.of("Osuuskunta Yhteinen Pöytä", "Osuuskunta Kipinä"),
            values("Järjestäjä: Osuuskunta Yhteinen Pöytä\nMukana on myös Osuuskunta Kipinän väki.", FactType.ORGANISATION));
        assertEquals(Set.of("Kainuun sosiaali- ja terveydenhuollon kuntayhtymä", "Suomussalmen kunta"),
            values("Yhteistyössä ovat Kainuun sosiaali- ja terveydenhuollon kuntayhtymä ja Suomussalmen kunta.", FactType.ORGANISATION));
        // a region whose name ends like a head word is a place; a network needs a name before it
        assertEquals(Set.of("Kainuun Järjestöverkosto"),
            values("Tapasimme Satakunnassa. Hankeverkoston tapaaminen. Kainuun Järjestöverkoston väki oli mukana.", FactType.ORGANISATION));
    }

    @Test
    void projects_compoundsAndDashHanke() {
        assertEquals(Set.of("KeKo"), values("STEA-rahoitteisen KeKo-hankkeen toiminta", FactType.PROJECT));
        assertEquals(Set.of("Järjestöt työllisyyden kuntakokeilussa"),
            values("Järjestöt työllisyyden kuntakokeilussa -hankkeessa selvitetään rooleja.", FactType.PROJECT));
        // a name with its acronym, said to be a project in the same sentence; an organisation so introduced is not one
        assertEquals(Set.of("Työpolku Karjala"),
            values("Työpolku Karjala (TPK) on säätiön hallinnoima ESR+-hanke. Pohjois-Karjalan Työvalmennussäätiö (PKTS) on hankkeen hallinnoija.", FactType.PROJECT));
    }

    @Test
    void peopleWithTitles_emailsAndPhones() {
        String s = "Vates-säätiössä hankkeen yhteyshenkilönä on erityisasiantuntija Kaija Ray kaija.ray@vates.fi\n"
            + "Mari Toivonen\npuh. 050 377 5432\nKAti.Savela-Vilmari(at)vates.fi";
        assertEquals(Set.of("Kaija Ray", "Mari Toivonen"), values(s, FactType.PERSON));
        assertEquals(Set.of("kaija.ray@vates.fi", "kati.savela-vilmari@vates.fi"), values(s, FactType.EMAIL));
        assertEquals(Set.of("+358503775432"), values(s, FactType.PHONE));
        assertEquals(Set.of("Meeri Riihelä", "Tuuli Riisalo-Mäntynen"),
            values("sai työparikseen hankeharjoittelija Meeri Riihelän.\nTuuli Riisalo-Mäntynen ja Meeri Riihelä", FactType.PERSON));
        assertEquals(Set.of("Liisa Virtanen", "Pekka Laine"),
            values("Liisa Virtasen mukaan työ jatkuu. Keskustelimme Pekka Laineen kanssa.", FactType.PERSON));
    }

    @Test
    void events_listLinesAndSentences() {
        // an event of several days is dated by its first day
        assertEquals(Set.of("2018-09-27;Tampere", "2018-10-30;Varkaus", "2018-10-09;"),
            values("- 27.9. Pirkanmaa - Tampere**\n- 9.-10.10. M/S Soste**\n- 30.10. Etelä-Savo, Varkaus-järjestötreffit**",
                FactType.EVENT, PartialDate.ofYear(2018)));
        assertEquals(Set.of("2019-11-20;Helsinki"),
            values("Järjestämme KeKo-hankkeen loppuseminaarin 20.11.2019 Oltermannitalossa Helsingissä.", FactType.EVENT));
        assertTrue(values("Turun Sanomat 10.4.2017, Hannu Katajamäki", FactType.EVENT).isEmpty());
        assertEquals(Set.of("2025-03-04;Lahti"),
            values("Järjestöjen työllisyysfoorumi\nAika: ti 4.3.2025 klo 9–15\nPaikka: Kaupungintalo, Lahti\n", FactType.EVENT));
        // a calendar: a weekday-led date line, a title, a "Paikka:" line (online: no municipality)
        assertEquals(Set.of("2024-02-06;Kuopio", "2024-03-12;Iisalmi", "2024-04-02;"),
            values("Ti 6.2.2024 klo 12–15\nVerkostopäivä\nPaikka: Musiikkikeskus, Kuopio\n\n"
                + "Ti–ke 12.–13.3.2024\nKoulutuspäivät\nPaikka: Iisalmessa, kulttuurikeskuksessa\n\n"
                + "Ti 2.4.2024\nKlinikka\nPaikka: verkossa (Teams)\n", FactType.EVENT));
        // in a sentence the place may come before the date; the nearer place wins
        assertEquals(Set.of("2024-10-15;Lieksa"),
            values("Ensimmäinen verkostopäivä pidettiin Lieksassa 15.10.2024, ja seuraava on Joensuussa.", FactType.EVENT));
    }

    @Test
    void statistics_withTheirYearAndMunicipality() {
        String s = "Taustaa Kotkan työllisyydestä\nVäkiluku 52 883 (2018), alle 15-vuotiaiden osuus 13,6%\n"
            + "Työttömyysaste 17,6%, työllisyysaste 62,7%\nTyöllistymistä tukevat palvelut 10,1 milj € (2017)";
        assertEquals(Set.of("Kotka;population;52883;2018", "Kotka;unemployment-rate;17.6;2018", "Kotka;employment-rate;62.7;2018",
            "Kotka;employment-services-spending;10100000;2017"), values(s, FactType.STATISTIC));
    }

    @Test
    void statistics_inRunningText() {
        assertEquals(Set.of("Kotka;unemployment-rate;12.1;2023", "Helsinki;population;664000;2023"),
            values("Työttömyysaste oli Kotkassa 12,1 % vuoden 2023 lopussa. Helsingin väkiluku oli vuonna 2023 noin 664 000.",
                FactType.STATISTIC));
    }

    @Test
    void curatedTableCsv_peopleWithTheContactLinesUnderTheirName() {
        String text = "Mari Toivonen\nHankepäällikkö\n19.9.2018\n\nKiitos!\n\nMari Toivonen\npuh. 050 377 5432\nmari.toivonen@vates.fi\n";
        var out = new java.io.StringWriter();
        CuratedTableCsv.write("people", "keko-esitys-2018", FactExtraction.extract(new Document("d", "d", text, null), PLACES), out);
        assertEquals("name,variants,job_title,organisation,project,project_role,email,phone,source,quote\r\n"
            + "Mari Toivonen,,Hankepäällikkö,,,,mari.toivonen@vates.fi,+358503775432,keko-esitys-2018,Mari Toivonen\r\n", out.toString());
        assertEquals("foundation", CuratedTableCsv.orgType("Vates-säätiö sr"));
        assertEquals("association", CuratedTableCsv.orgType("Silta-Valmennusyhdistys ry"));
        assertEquals("ministry", CuratedTableCsv.orgType("Työ- ja elinkeinoministeriö"));
    }

    @Test
    void programmes() {
        assertEquals(Set.of("ESR+", "STEA", "EU"),
            values("ESR+ -koordinaatiohankkessa ja STEA-rahoitteisen hankkeen; josta 5 euroa on Euroopan unionin rahoittamaa", FactType.PROGRAMME));
    }
}
