package fi.tyoverkko.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.dboe.base.file.BinaryDataFile;
import org.apache.jena.dboe.base.record.Record;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.dboe.trans.bplustree.BPlusTreeParams;
import org.apache.jena.dboe.trans.bplustree.rewriter.BPlusTreeRewriter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.tdb2.lib.NodeLib;
import org.apache.jena.tdb2.loader.base.CoLib;
import org.apache.jena.tdb2.loader.base.LoaderOps;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetable.NodeTableTRDF;
import org.apache.jena.tdb2.store.nodetable.TReadAppendFileTransport;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;

/**
 * Fills the empty files of a new TDB2 database with quads, building every B+tree bottom-up from
 * sorted records instead of inserting one record at a time. This is what {@code tdb2.xloader}
 * does with external sorts; here the tuples are sorted in place, in memory-mapped scratch files
 * ({@link IntTuples}), so that only a few numbers a distinct term are on the heap.
 * <ul>
 * <li>As graphs come: each distinct RDF term gets its NodeId (inline values such as small numbers
 * and dates are encoded in the id; other terms are appended to {@code nodes.dat}, the id being
 * their offset) and a number, and each quad is kept as four term numbers.
 * <li>At the end: the node table's hash index and the six quad indexes are each sorted (the quads
 * with a radix sort on the ranks of their ids) and written with Jena's {@link BPlusTreeRewriter},
 * in parallel.
 * </ul>
 * The files are those of a database nobody else uses (a new storage generation), written with the
 * same private transactions as Jena's bulk loaders. The database must be reopened afterwards: its
 * open B+tree objects do not know the trees written under them.
 */
final class SortedQuadLoader {
    private static final RecordFactory NODE_RECORDS = SystemTDB.nodeRecordFactory;

    private final DatasetGraphTDB db;
    private final NodeTable nodeTable;
    private final Transaction nodeTxn;
    private final BinaryDataFile nodeData;
    private final TProtocol nodeOut;

    /** Term numbers (0, 1, 2… in the order first seen) by term, for graphs that are not {@link NumberedTriples}. */
    private final Map<Node, Integer> numberByNode = new HashMap<>();
    /** For graphs of {@link NumberedTriples}: our term number (+ 1; 0: not yet) by the number in their shared numbering. */
    private Object sharedNumbering;
    private final MappedInts numberByShared = MappedInts.temporary("writer-shared");
    /** The NodeId of each term number, as the 64 bits TDB2 writes in index records. */
    private final MappedInts idByNumber = MappedInts.temporary("writer-ids");
    private int terms;
    /** (hash high, hash low, id) of every term written to nodes.dat. */
    private final LongTuples nodeRecords = new LongTuples(3);
    /**
     * The node records by their hash, and each record's term number: TDB2 identifies a term by its
     * hash, Jena by equality. A few ints a term, where a map of hash objects to boxed numbers took
     * some 90 bytes (and, like the other numbers a term here, in scratch files rather than on the heap).
     */
    private final MappedSlots recordSlots = new MappedSlots("writer-slots", 0, r -> slotHash(nodeRecords.get(r, 1)));
    private final MappedInts numberOfRecord = MappedInts.temporary("writer-records");
    /** (g, s, p, o) term numbers, in the order of the quad table's primary index. */
    private final IntTuples quads = new IntTuples(4);
    private final byte[] idBytes = new byte[NodeId.SIZE];
    /** Each index-writing thread's two arrays for sorting (as large as the quads) and its counts (as many as the terms), used again for its next index. */
    private final ThreadLocal<MappedInts[]> sortScratch = ThreadLocal.withInitial(() ->
        new MappedInts[] {MappedInts.temporary("order"), MappedInts.temporary("order"), MappedInts.temporary("order-counts")});
    /** By term number: the rank of its id among the distinct ids, and how many distinct ids there are. */
    private final MappedInts rank = MappedInts.temporary("writer-ranks");
    private int ranks;
    private boolean ended, nodeTxnOpen = true;

    SortedQuadLoader(DatasetGraphTDB db) {
        this.db = db;
        this.nodeTable = db.getQuadTable().getNodeTupleTable().getNodeTable();
        if (nodeTable != db.getTripleTable().getNodeTupleTable().getNodeTable())
            throw new StoreException("unexpected TDB2 layout: triples and quads have different node tables");
        String primary = db.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()[0].getName();
        if (!primary.equals("GSPO")) throw new StoreException("unexpected TDB2 layout: primary quad index " + primary);
        TransactionCoordinator nodeCoordinator = CoLib.newCoordinator();
        CoLib.add(nodeCoordinator, nodeTable);
        CoLib.start(nodeCoordinator);
        nodeTxn = nodeCoordinator.begin(TxnType.WRITE);
        nodeData = ((NodeTableTRDF) nodeTable.baseNodeTable()).getData();
        TReadAppendFileTransport transport = new TReadAppendFileTransport(nodeData);
        if (!transport.isOpen()) transport.open();
        nodeOut = TRDF.protocol(transport);
    }

    /** Adds the triples of a graph as quads in that graph. */
    void add(Node graphName, Graph triples) {
        if (ended) throw new IllegalStateException("the load has ended");
        int g = number(graphName);
        if (triples instanceof NumberedTriples numbered && (sharedNumbering == null || sharedNumbering == numbered.numbering())) {
            sharedNumbering = numbered.numbering();
            for (int i = 0, n = numbered.tripleCount(); i < n; i++)
                quads.add(g, number(numbered, i, 0), number(numbered, i, 1), number(numbered, i, 2));
        } else {
            triples.find().forEachRemaining(t -> quads.add(g, number(t.getSubject()), number(t.getPredicate()), number(t.getObject())));
        }
    }

    /** Our number for a term of numbered triples: an array lookup once the term has been seen in any of them. */
    private int number(NumberedTriples triples, int i, int role) {
        int shared = triples.term(i, role);
        int known = numberByShared.get(shared);
        if (known != 0) return known - 1;
        int n = newNumber(triples.node(shared)); // a term also in other graphs gets the same number through its hash
        numberByShared.set(shared, n + 1);
        return n;
    }

    /** Writes the indexes and commits; the database must then be reopened to be read. */
    void finish() {
        if (ended) throw new IllegalStateException("the load has ended");
        ended = true;
        quads.close();
        TupleIndex[] indexes = db.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(indexes.length, Runtime.getRuntime().availableProcessors())));
        try {
            rankIds();
            List<Future<?>> work = new ArrayList<>();
            for (TupleIndex index : indexes) work.add(pool.submit(() -> writeQuadIndex(index)));
            writeNodeIndex(); // here: TDB2 ties a transaction to the thread that began it
            for (Future<?> f : work) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing the indexes");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new StoreException("writing the indexes failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Gives up (also after a failed {@link #finish}): the caller deletes the files. Safe to call more than once. */
    void abandon() {
        ended = true;
        if (nodeTxnOpen) {
            nodeTxnOpen = false;
            nodeTxn.abort();
            nodeTxn.end();
        }
    }

    private int number(Node node) {
        Integer known = numberByNode.get(node);
        if (known != null) return known;
        int n = newNumber(node);
        numberByNode.put(node, n);
        return n;
    }

    private int newNumber(Node node) {
        NodeId inline = NodeId.inline(node);
        if (inline != null) return numbered(encoded(inline));
        byte[] hash = NodeLib.hash(node).getBytes();
        long high = Bytes.getLong(hash, 0), low = Bytes.getLong(hash, 8);
        long slot = recordSlots.slot(slotHash(low), r -> nodeRecords.get(r, 0) == high && nodeRecords.get(r, 1) == low);
        int known = recordSlots.entry(slot);
        if (known >= 0) return numberOfRecord.get(known); // a term equal to an earlier one for TDB2 but not for Jena
        long id = encoded(NodeIdFactory.createPtr(nodeData.length()));
        try {
            ThriftConvert.convert(node, true).write(nodeOut);
        } catch (TException e) {
            throw new StoreException("cannot write the term " + node + " to the node table: " + e.getMessage(), e);
        }
        int record = nodeRecords.size();
        nodeRecords.add(high, low, id);
        int n = numbered(id);
        numberOfRecord.set(record, n);
        recordSlots.put(slot, record);
        return n;
    }

    /** The low half of a term's 128-bit hash, spread over the high bits too by a multiplication (Fibonacci hashing). */
    private static long slotHash(long low) {
        return (low * 0x9E3779B97F4A7C15L) >>> 32;
    }

    private int numbered(long id) {
        idByNumber.setLong(terms, id);
        return terms++;
    }

    /** Each term number's place in the unsigned order of the ids (terms with the same id, e.g. 1 and 01, share it). */
    private void rankIds() {
        // An id with the top bit clear points into nodes.dat: those come first in the unsigned order, by
        // offset, and each is one node record, made in offset order, of one term number. So the
        // record's index is the rank. Only the inline ids (numbers, dates: top bit set) are sorted,
        // as (id, term number) pairs in scratch; sorting all 2 M ids at 9 M triples there took 7 s.
        int records = nodeRecords.size();
        for (int r = 0; r < records; r++) rank.set(numberOfRecord.get(r), r);
        LongTuples inline = new LongTuples(2);
        for (int n = 0; n < terms; n++) {
            long id = idByNumber.getLong(n);
            if (id < 0) inline.add(id, n);
        }
        inline.sort(); // unsigned, as TDB2 compares ids
        ranks = records;
        for (int i = 0; i < inline.size(); i++) {
            if (i > 0 && inline.get(i, 0) != inline.get(i - 1, 0)) ranks++;
            rank.set((int) inline.get(i, 1), ranks);
        }
        if (inline.size() > 0) ranks++;
        inline.close();
    }

    /** The 64 bits that TDB2 writes for an id in its index records. */
    private long encoded(NodeId id) {
        NodeIdFactory.set(id, idBytes, 0);
        return Bytes.getLong(idBytes, 0);
    }

    /** The node table's index from term hash to id; commits the node table's transaction. */
    private void writeNodeIndex() {
        // the slots point into the records in the order before the sort
        recordSlots.close();
        numberOfRecord.close();
        numberByShared.close();
        nodeRecords.sort();
        BPlusTree tree = LoaderOps.ntBPTree(nodeTable);
        pack(tree, records(nodeRecords, NODE_RECORDS, 2));
        nodeTxn.commit();
        nodeTxnOpen = false;
        nodeTxn.end();
    }

    private void writeQuadIndex(TupleIndex index) {
        // column i of the index's key is column getSlotIdx(i) of a (g, s, p, o) tuple, as TupleLib.record maps it
        int[] columns = new int[4];
        for (int i = 0; i < 4; i++) columns[i] = index.getMapping().getSlotIdx(i);
        MappedInts[] scratch = sortScratch.get();
        MappedInts order = quads.order(columns, rank, ranks, scratch[0], scratch[1], scratch[2]);
        BPlusTree tree = LoaderOps.idxBTree(index);
        CoLib.executeWrite(index, () -> pack(tree, quadRecords(order, columns, tree.getRecordFactory())));
    }

    /** Index records of the quads in the given order; a quad given twice (or two with the same ids) once. */
    private Iterator<Record> quadRecords(MappedInts order, int[] columns, RecordFactory factory) {
        if (factory.keyLength() != columns.length * Long.BYTES || factory.valueLength() != 0)
            throw new StoreException("unexpected TDB2 record layout: " + factory);
        return new Iterator<>() {
            private int next = 0;
            private final long[] previous = new long[columns.length], current = new long[columns.length];
            private boolean first = true;

            @Override
            public boolean hasNext() {
                while (next < quads.size()) {
                    int quad = order.get(next);
                    for (int c = 0; c < columns.length; c++) current[c] = idByNumber.getLong(quads.get(quad, columns[c]));
                    if (first || !Arrays.equals(current, previous)) return true;
                    next++;
                }
                return false;
            }

            @Override
            public Record next() {
                if (!hasNext()) throw new NoSuchElementException();
                next++;
                first = false;
                byte[] key = new byte[columns.length * Long.BYTES];
                for (int c = 0; c < columns.length; c++) {
                    previous[c] = current[c];
                    Bytes.setLong(current[c], key, c * Long.BYTES);
                }
                return factory.create(key);
            }
        };
    }

    private static void pack(BPlusTree tree, Iterator<Record> records) {
        BPlusTreeParams params = tree.getParams();
        BPlusTreeRewriter.packIntoBPlusTree(records, params, tree.getRecordFactory(), tree.getStateManager().getBufferChannel(),
                tree.getNodeManager().getBlockMgr(), tree.getRecordsMgr().getBlockMgr());
    }

    /** Records from sorted tuples, the first {@code keyColumns} as key and the rest as value; repeated tuples once. */
    private static Iterator<Record> records(LongTuples sorted, RecordFactory factory, int keyColumns) {
        int width = sorted.width();
        if (factory.keyLength() != keyColumns * Long.BYTES || factory.valueLength() != (width - keyColumns) * Long.BYTES)
            throw new StoreException("unexpected TDB2 record layout: " + factory);
        return new Iterator<>() {
            private int next = 0;

            @Override
            public boolean hasNext() {
                return next < sorted.size();
            }

            @Override
            public Record next() {
                if (!hasNext()) throw new NoSuchElementException();
                int t = next++;
                while (next < sorted.size() && sameTuple(sorted, t, next)) next++;
                byte[] key = new byte[keyColumns * Long.BYTES];
                byte[] value = width > keyColumns ? new byte[(width - keyColumns) * Long.BYTES] : null;
                for (int c = 0; c < width; c++) {
                    if (c < keyColumns) Bytes.setLong(sorted.get(t, c), key, c * Long.BYTES);
                    else Bytes.setLong(sorted.get(t, c), value, (c - keyColumns) * Long.BYTES);
                }
                return value == null ? factory.create(key) : factory.create(key, value);
            }
        };
    }

    private static boolean sameTuple(LongTuples tuples, int a, int b) {
        for (int c = 0; c < tuples.width(); c++) if (tuples.get(a, c) != tuples.get(b, c)) return false;
        return true;
    }
}
