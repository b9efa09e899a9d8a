package fi.tyoverkko.load.table;

import java.util.Iterator;
import java.util.List;

/** A table opened for reading: its column names and a one-pass stream of rows. */
public interface Table extends AutoCloseable {
    /** Path as shown in messages. */
    String path();

    List<String> columns();

    /** Rows in file order; a malformed row throws {@link fi.tyoverkko.load.SourceException}. */
    Iterator<Row> rows();

    @Override
    void close();
}
