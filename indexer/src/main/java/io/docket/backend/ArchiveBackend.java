package io.docket.backend;

import io.docket.access.Scope;
import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.ingest.OutcomeListeners;

/**
 * Everything the server, the command line and the harvesters ask of an archive: ingest, and all an
 * {@link ArchiveReader} reads. The embedded Lucene + RocksDB archive is the default implementation; a
 * cluster backend implements the same interface.
 */
public interface ArchiveBackend extends ArchiveReader, AutoCloseable {
    /** Where sources deliver originals; {@code flush()} makes them durable. */
    MessageSink sink();

    /** Outcomes of everything the sink archives, for counters and progress. */
    OutcomeListeners listeners();

    /** Durable progress of mailbox harvests. */
    HarvestState harvestState();

    /** Makes everything ingested so far searchable and durable in the index. */
    void commit() throws InterruptedException;

    /**
     * The archive as a principal with this scope sees it: searches, counts, facets, messages, threads and
     * evidence limited to messages it may open (anything else is simply not there), and no exports unless
     * the scope is everything.
     */
    ArchiveReader visibleTo(Scope scope);

    @Override
    void close();
}
