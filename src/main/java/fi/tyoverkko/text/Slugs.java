package fi.tyoverkko.text;

import java.text.Normalizer;
import java.util.Locale;

/** Stable, lower-case ASCII slugs from canonical names: "Esimerkki-säätiö sr" gives "esimerkki-saatio-sr". */
public final class Slugs {
    private Slugs() {}

    public static String slug(String name) {
        if (name == null) throw new IllegalArgumentException("no name to make a slug from");
        String s = name.strip().toLowerCase(Locale.ROOT)
            .replace('ä', 'a').replace('ö', 'o').replace('å', 'a').replace("+", "-plus");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.isEmpty()) throw new IllegalArgumentException("no letters or digits in '" + name + "' to make a slug from");
        return s;
    }
}
