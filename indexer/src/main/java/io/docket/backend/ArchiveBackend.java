package io.docket.backend;

import io.docket.access.Scope;
import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.ingest.OutcomeListeners;
import io.docket.harvest.chat.ChatExport;
import io.docket.ingest.ChatImportReport;
import io.docket.parse.chat.DateOrder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

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
     * Archives a WhatsApp export (.txt or .zip) and its messages, and makes them searchable.
     *
     * @param account   the account the chat is filed under, or ""
     * @param customer  the customer the chat is with (name or id), or "" to derive it from docket.yml's chatNames and phones
     * @param dateOrder how the export writes dates, or empty to decide it from the file
     * @param zone      the exporting phone's zone, or empty for the company's
     * @throws io.docket.parse.chat.ChatFormatException when the file is no export Docket can read, or its dates are ambiguous
     * @throws io.docket.ingest.ChatImportException when the customer is unknown or no zone can be assumed
     */
    ChatImportReport importChat(ChatExport export, String account, String customer, Optional<DateOrder> dateOrder, Optional<ZoneId> zone);

    /**
     * The archive as a principal with this scope sees it: searches, counts, facets, messages, threads and
     * evidence limited to messages it may open (anything else is simply not there), and no exports unless
     * the scope is everything.
     */
    ArchiveReader visibleTo(Scope scope);

    /** Deletes the exported bundles ({@link ArchiveReader#createExport}) written more than {@code keep} ago; returns their ids. */
    List<String> expireExports(Duration keep);

    @Override
    void close();
}
