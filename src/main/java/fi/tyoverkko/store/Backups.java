package fi.tyoverkko.store;

import fi.tyoverkko.load.RdfFiles;
import fi.tyoverkko.load.SourceException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/**
 * Backups as gzip-compressed N-Quads of every named graph, the meta graph included. A backup is
 * written to a temporary file and moved into place when complete; a restore parses the whole
 * file before it touches the store, then replaces the store's content in one transaction.
 */
public final class Backups {
    private Backups() {}

    /** Writes the store to {@code file}; returns the number of quads. */
    public static long backup(KnowledgeStore store, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            long n;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                n = Txn.calculateRead(store.dataset(), () -> {
                    DatasetGraph dsg = store.dataset();
                    RDFDataMgr.write(out, dsg, Lang.NQUADS);
                    return dsg.stream().count();
                });
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write backup " + file, e);
        }
    }

    /** Replaces the store's content with a backup; the store is unchanged if the file is not a valid backup. */
    public static long restore(KnowledgeStore store, Path file, String shownPath) {
        if (!Files.isRegularFile(file)) throw SourceException.of(shownPath, "no such file");
        DatasetGraph read = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            RDFParser.source(in).lang(Lang.NQUADS).errorHandler(RdfFiles.strict(shownPath)).parse(read);
        } catch (IOException e) {
            throw SourceException.of(shownPath, "not a gzip-compressed N-Quads backup: " + e.getMessage());
        } catch (RiotException e) {
            throw SourceException.of(shownPath, e.getMessage());
        }
        if (read.getDefaultGraph().size() > 0) {
            throw SourceException.of(shownPath, "a backup holds named graphs only, but this file has triples in the default graph");
        }
        DatasetGraph dsg = store.dataset();
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            read.find().forEachRemaining(dsg::add);
        });
        store.reindex();
        return read.stream().count();
    }
}
