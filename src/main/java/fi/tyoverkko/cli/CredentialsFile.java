package fi.tyoverkko.cli;

import fi.tyoverkko.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of one line {@code user:password}, kept outside the project folder so it never lands in git. */
record CredentialsFile(String user, String password) {
    static CredentialsFile read(Path file, Project project) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.startsWith(project.root())) {
            throw new UsageException("keep the credentials file outside the project folder (" + project.root() + ")");
        }
        try {
            String line = Files.readString(abs).strip();
            int colon = line.indexOf(':');
            if (colon <= 0 || colon == line.length() - 1) throw new UsageException("credentials file must hold 'user:password': " + abs);
            return new CredentialsFile(line.substring(0, colon), line.substring(colon + 1));
        } catch (IOException e) {
            throw new UsageException("cannot read credentials file " + abs + ": " + e.getMessage());
        }
    }
}
