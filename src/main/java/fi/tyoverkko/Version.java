package fi.tyoverkko;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The software's version, from the build (it goes into the provenance of every graph). */
public final class Version {
    private Version() {}

    public static final String VERSION = read();

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/tyoverkko.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
