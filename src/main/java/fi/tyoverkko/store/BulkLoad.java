package fi.tyoverkko.store;

import fi.tyoverkko.vocab.TV;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.jena.atlas.io.IO;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.StoreConnection;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A load into an empty TDB2 store, done the way TDB2 compacts a database: a new storage generation
 * is filled in {@code Data-NNNN-tmp} beside the store's current, empty one (by
 * {@link SortedQuadLoader}, which writes the files without transactions, as Jena's bulk loaders
 * do); on commit that folder is moved into place as {@code Data-NNNN} and the store switches to
 * it. Nothing reads a {@code -tmp} folder and TDB2 deletes a leftover one when it opens the store,
 * so a failure or a crash leaves the store empty, and the rename makes it whole at once.
 * <p>
 * The loader is fed on a thread of its own from a queue, so that the build's analytics,
 * validation and hashing go on while the graphs are taken in (term ids and the node file, one
 * core, leaving the other to the build); once it is told that all data has been given, it sorts
 * and writes the indexes in parallel.
 */
public final class BulkLoad {
    private static final Object ALL_DATA = new Object(), COMMIT = new Object(), ABORT = new Object();
    private record Named(Node graph, Graph triples) {}

    /** Unbounded: it only holds references to graphs the build keeps in memory anyway. */
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile RuntimeException failure;
    /** Set only once the new files are in use: what the commit trusts, since a thread can end without recording a failure. */
    private volatile boolean committed;
    private volatile boolean aborting;
    private boolean ended;

    BulkLoad(DatasetGraph store) {
        thread = new Thread(() -> run(store), "tyoverkko-bulk-load");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(DatasetGraph store) {
        Generation next = null;
        SortedQuadLoader loader = null;
        try {
            next = Generation.after(store);
            loader = new SortedQuadLoader(next.staging()); // null once the indexes are written: its term map and quads can go
            for (Object o = queue.take(); ; o = queue.take()) {
                if (o == ALL_DATA) {
                    loader.finish(); // the indexes, while the build checks and describes the data
                    loader = null;
                    next = next.reopened();
                } else if (o == COMMIT) {
                    if (loader != null) loader.finish();
                    next.switchTo(store);
                    committed = true;
                    return;
                } else if (o == ABORT) {
                    break;
                } else if (aborting) {
                    continue; // a graph queued before the abort: not worth writing
                } else if (loader != null) {
                    Named n = (Named) o;
                    loader.add(n.graph(), n.triples());
                } else {
                    Named n = (Named) o; // after the indexes are written (the meta graph): an ordinary write into the new files
                    DatasetGraph staging = next.staging();
                    Txn.executeWrite(staging, () -> n.triples().find().forEachRemaining(t -> staging.add(n.graph(), t.getSubject(), t.getPredicate(), t.getObject())));
                }
            }
        } catch (InterruptedException e) {
            failure = new StoreException("interrupted while writing the store");
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        } catch (OutOfMemoryError e) {
            failure = new StoreException("out of memory while writing the store; give Java a larger heap"
                + " (TYOVERKKO_JAVA_OPTS=-Xmx…) / muisti loppui kesken kirjoituksen", e);
        } catch (Error e) {
            failure = new StoreException(e.toString(), e);
        }
        if (loader != null) loader.abandon();
        loader = null; // after an OutOfMemoryError its term map goes, so that the cleaning up has memory to work with
        if (next != null) next.discard();
    }

    /** Queues a whole graph for writing; the graph must not change after this. */
    public void add(String name, Graph g) {
        if (ended) throw new IllegalStateException("the load has ended");
        failIfStopped();
        queue.add(new Named(TV.graphNode(name), g));
    }

    /** Says that no more graphs but the meta graph will come: the loader can build its other indexes now. */
    public void allDataGiven() {
        if (ended) throw new IllegalStateException("the load has ended");
        failIfStopped();
        queue.add(ALL_DATA);
    }

    /** Writes the meta graph last, commits, and waits until the data is durable and in use. */
    public void commit(Graph meta) {
        add(TV.G_META, meta);
        end(COMMIT);
        if (!committed) throw failed();
    }

    /** Stops the build early when the writer has already failed: its work would be thrown away. */
    private void failIfStopped() {
        if (!thread.isAlive() && !committed) throw failed();
    }

    private StoreException failed() {
        return new StoreException("writing the store failed: " + (failure == null ? "the writer stopped" : failure.getMessage()), failure);
    }

    /** Gives up: the new data is deleted and the store stays empty. Safe to call more than once. */
    public void abort() {
        if (ended) return;
        aborting = true;
        end(ABORT);
    }

    private void end(Object how) {
        ended = true;
        queue.add(how);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the store");
        }
    }

    /** The next storage generation of a TDB2 store, as TDB2's compaction makes it. */
    private record Generation(Path tmp, Path dir, DatasetGraphTDB staging) {

        static Generation after(DatasetGraph store) {
            Path current = Path.of(TDBInternal.getDatasetGraphTDB(store).getLocation().getDirectoryPath());
            int n = Integer.parseInt(current.getFileName().toString().substring("Data-".length()));
            Path dir = current.resolveSibling(String.format("Data-%04d", n + 1));
            Path tmp = Path.of(dir + "-tmp");
            if (Files.exists(dir)) throw new StoreException("cannot load: " + dir + " already exists");
            deleteIfThere(tmp); // a failed load's leftover, if TDB2 has not removed it yet
            try {
                Files.createDirectories(tmp);
            } catch (IOException e) {
                throw new StoreException("cannot create " + tmp + ": " + e.getMessage());
            }
            return new Generation(tmp, dir, StoreConnection.connectCreate(Location.create(tmp)).getDatasetGraphTDB());
        }

        /** Closes the loaded files, moves them into place and makes the store use them (as DatabaseOps.compact does). */
        void switchTo(DatasetGraph store) {
            StoreConnection.internalExpel(staging.getLocation(), true);
            try {
                Files.move(tmp, dir); // atomic: from here a reopened store finds the new generation
            } catch (IOException e) {
                throw new StoreException("cannot move " + tmp + " to " + dir + ": " + e.getMessage());
            }
            DatasetGraphSwitchable container = (DatasetGraphSwitchable) store;
            DatasetGraphTDB old = (DatasetGraphTDB) container.get();
            DatasetGraphTDB loaded = StoreConnection.connectCreate(Location.create(dir)).getDatasetGraphTDB();
            TransactionCoordinator before = old.getTxnSystem().getTxnMgr(), after = loaded.getTxnSystem().getTxnMgr();
            after.execExclusive(() -> {
                after.takeOverFrom(before);
                after.modifyConfigDirect(() -> before.listExternals().forEach(after::addExternal));
                if (!container.change(old, loaded)) container.set(loaded);
            });
            // the old generation was empty: wait for its readers, close it and delete it
            before.startExclusiveMode();
            Path oldDir = Path.of(old.getLocation().getDirectoryPath());
            StoreConnection.release(old.getLocation());
            IO.deleteAll(oldDir);
        }

        /** The same files opened afresh, to see what the bulk loader wrote under the open objects. */
        Generation reopened() {
            StoreConnection.internalExpel(staging.getLocation(), true);
            return new Generation(tmp, dir, StoreConnection.connectCreate(Location.create(tmp)).getDatasetGraphTDB());
        }

        void discard() {
            try {
                StoreConnection.internalExpel(staging.getLocation(), true);
            } finally {
                deleteIfThere(tmp);
            }
        }

        private static void deleteIfThere(Path dir) {
            if (Files.exists(dir)) IO.deleteAll(dir);
        }
    }
}
