package io.docket.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index: one long-lived writer and a near-real-time {@link SearcherManager} on top of it,
 * so searches never open the index per request and see new mail after a refresh, not a commit.
 */
public final class MessageIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MessageIndex.class);
    /** Lucene's indexing buffer: large enough for few flushes, small enough for a 1 GB heap. */
    public static final double RAM_BUFFER_MB = 128;

    private final Path dir;
    /** Work done on each new segment before searches need it ({@link #keepWarm}); none unless a server asks. */
    private final List<IOConsumer<LeafReader>> warmers = new CopyOnWriteArrayList<>();
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private MessageIndex(Path dir, double ramBufferMb) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        directory = FSDirectory.open(dir);
        IndexWriterConfig config = new IndexWriterConfig(new DocketAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(ramBufferMb)
                // Stored bodies and attachment texts are read for every hit's snippet. LZ4 (BEST_SPEED) blocks
                // decompress several times faster than deflate's: at 6k a headers-plus-snippet page without
                // marked words went from about 6 to 3 ms, for an index about 20% larger (15 -> 18 MB); in
                // smaller chunks, a page of 20 bodies at 1M another 2.2 times faster (DocketCodec).
                .setCodec(new DocketCodec())
                // Lucene waits up to 500 ms at every refresh and commit for merges of the small segments it just
                // flushed. A live burst then waited that long before it could be searched, and ingest workers
                // stalled behind a commit; the same merges run in the background instead.
                .setMaxFullFlushMergeWaitMillis(0)
                .setCommitOnClose(true)
                // A merged segment is warmed on the merge's thread before searches see it, not by the first search.
                .setMergedSegmentWarmer(this::warm);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
        searchers.addListener(new ReferenceManager.RefreshListener() {
            @Override
            public void beforeRefresh() {}

            @Override
            public void afterRefresh(boolean changed) {
                if (changed && !warmers.isEmpty()) warmCurrent();
            }
        });
    }

    /**
     * Runs {@code warmer} on every segment searches see now (on the caller's thread), then on each new one:
     * merged segments on the merge's thread before they are published, flushed ones after the refresh that
     * publishes them. A failing warmer is logged, never allowed to fail a merge or a refresh.
     */
    public void keepWarm(IOConsumer<LeafReader> warmer) {
        warmers.add(warmer);
        warmCurrent();
    }

    private void warmCurrent() {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (AlreadyClosedException | IOException closedMeanwhile) {
            return; // a server stopped while its start-up warming ran: nothing left to warm
        }
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) warm(leaf.reader());
        } finally {
            release(searcher);
        }
    }

    private void warm(LeafReader segment) {
        for (IOConsumer<LeafReader> warmer : warmers) {
            try {
                warmer.accept(segment);
            } catch (IOException | RuntimeException e) {
                LOG.warn("warming a segment of {} failed (searches will do the work instead): {}", dir, e.toString());
            }
        }
    }

    public static MessageIndex open(Path dir, double ramBufferMb) {
        try {
            return new MessageIndex(dir, ramBufferMb);
        } catch (IOException e) {
            throw new IndexException("cannot open the index at " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Adds or replaces the document of one message (keyed by {@link IndexFields#ID}): re-ingest is idempotent. */
    public void upsert(String id, Document document) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, id), document);
        } catch (IOException e) {
            throw new IndexException("index write failed: " + e.getMessage(), e);
        }
    }

    /** Writes buffered documents out as segments, without committing; safe while other threads add documents. */
    public void flushBuffered() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new IndexException("index flush failed: " + e.getMessage(), e);
        }
    }

    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("index commit failed: " + e.getMessage(), e);
        }
    }

    /** Makes writes so far visible to the next acquired searcher. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexException("index refresh failed: " + e.getMessage(), e);
        }
    }

    public IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new IndexException("cannot acquire a searcher: " + e.getMessage(), e);
        }
    }

    public void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexException("cannot release a searcher: " + e.getMessage(), e);
        }
    }

    public long sizeOnDisk() {
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new IndexException("index close failed: " + e.getMessage(), e);
        }
    }
}
