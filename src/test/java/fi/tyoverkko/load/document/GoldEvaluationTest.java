package fi.tyoverkko.load.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.tyoverkko.load.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEvaluationTest {
    private static final Path DIR = Path.of("src/test/resources/evaluation");

    private static Fact fact(FactType t, String v) { return new Fact(t, v, 0, 1, "x", "test", 1, null, ""); }

    @Test
    void countsDistinctValues_namesMatchAnyAlternativeByNameKey() {
        GoldFile gold = new GoldFile("d", List.of(
            new GoldFile.Item(FactType.ORGANISATION, List.of("Diakonia-ammattikorkeakoulu", "Diak"), "", 2),
            new GoldFile.Item(FactType.ORGANISATION, List.of("Kuntoutussäätiö"), "", 3),
            new GoldFile.Item(FactType.DATE, List.of("2017/2019"), "", 4)));
        GoldEvaluation e = new GoldEvaluation();
        e.add(gold, List.of(fact(FactType.ORGANISATION, "diakonia ammattikorkeakoulu"), fact(FactType.ORGANISATION, "Diak"),
            fact(FactType.ORGANISATION, "Diak"), fact(FactType.ORGANISATION, "Vates"), fact(FactType.DATE, "2017"),
            fact(FactType.DATE, "2017/2019")));
        GoldEvaluation.Score org = e.score(FactType.ORGANISATION);
        assertEquals(3, org.predicted(), "distinct values");
        assertEquals(2, org.correct());
        assertEquals(1, org.found(), "both names are the one gold organisation");
        assertEquals(2.0 / 3, org.precision(), 1e-9);
        assertEquals(0.5, org.recall(), 1e-9);
        assertEquals(List.of("d: Kuntoutussäätiö"), org.misses());
        assertEquals(List.of("d: Vates"), org.falsePositives());
        assertEquals(0.5, e.score(FactType.DATE).precision(), 1e-9);
        assertEquals(1.0, e.score(FactType.DATE).recall(), 1e-9);
    }

    @Test
    void goldRun_onASmallHandAnnotatedDocument() {
        GoldRun.Result r = GoldRun.run(DIR.resolve("gold"), DIR.resolve("docs"), KnownThings.NONE, Path::toString);
        GoldEvaluation e = r.evaluation();
        assertEquals(1, e.documents());
        assertEquals(2, e.score(FactType.ORGANISATION).found());
        assertEquals(List.of("pieni: Vates-säätiö"), e.score(FactType.ORGANISATION).misses());
        for (FactType t : List.of(FactType.AMOUNT, FactType.DATE, FactType.PERSON, FactType.PHONE)) {
            assertEquals(1.0, e.score(t).recall(), t.key());
            assertEquals(1.0, e.score(t).precision(), t.key());
        }
        assertTrue(r.megabytesPerSecond() > 0);
        assertTrue(e.table(true).contains("miss organisation  pieni: Vates-säätiö"), e.table(true));
    }

    @Test
    void badGoldFile_namesFileAndLine(@TempDir Path tmp) throws Exception {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, "type,value,quote\norganisation,Vates,q\nshoe,size 42,q\n");
        SourceException e = assertThrows(SourceException.class, () -> GoldFile.read(f, "gold/x.csv"));
        assertEquals("gold/x.csv:3:1: unknown fact type 'shoe'", e.toString());
    }
}
