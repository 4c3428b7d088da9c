package io.docket.backend;

import io.docket.index.MessageIndex;
import io.docket.ingest.IngestConfig;
import io.docket.ingest.IngestPipeline;
import io.docket.ingest.OutcomeListeners;
import io.docket.parse.MessageParser;
import io.docket.store.ArchiveStore;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default, single-machine archive: a RocksDB store and a Lucene index under one data folder,
 * and the ingest pipeline that keeps them consistent. Opening it replays anything the store holds
 * that the index lacks (a crash between the two).
 */
public final class EmbeddedArchive implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedArchive.class);
    /** Lucene's indexing buffer: large enough for few flushes, small enough for a 1 GB heap. */
    private static final double RAM_BUFFER_MB = 128;

    private final Path dataDir;
    private final ArchiveStore store;
    private final MessageIndex index;
    private final OutcomeListeners listeners = new OutcomeListeners();
    private final IngestPipeline pipeline;

    private EmbeddedArchive(Path dataDir, MessageParser parser, IngestConfig config) {
        this.dataDir = dataDir;
        this.store = ArchiveStore.open(dataDir.resolve("store"));
        MessageIndex openedIndex;
        try {
            openedIndex = MessageIndex.open(dataDir.resolve("index"), RAM_BUFFER_MB);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        this.index = openedIndex;
        this.pipeline = new IngestPipeline(store, index, parser, config, listeners);
        int replayed = pipeline.reindexPending();
        if (replayed > 0) LOG.info("re-indexed {} message(s) found in the store but not in the index", replayed);
    }

    public static EmbeddedArchive open(Path dataDir, MessageParser parser, IngestConfig config) {
        return new EmbeddedArchive(dataDir.toAbsolutePath().normalize(), parser, config);
    }

    public Path dataDir() {
        return dataDir;
    }

    public ArchiveStore store() {
        return store;
    }

    public MessageIndex index() {
        return index;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    public OutcomeListeners listeners() {
        return listeners;
    }

    public ArchiveStats stats() {
        return new ArchiveStats(store.counter("messages"), store.counter("originals"), store.counter("attachments"),
                store.counter("threads"), store.counter("warnings"), index.sizeOnDisk(), store.sizeOnDisk());
    }

    @Override
    public void close() {
        try {
            pipeline.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            index.close();
            store.close();
        }
    }
}
