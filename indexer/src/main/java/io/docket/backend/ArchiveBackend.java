package io.docket.backend;

import io.docket.evidence.CustomerSummary;
import io.docket.evidence.OrderEvidence;
import io.docket.evidence.OrderSummary;
import io.docket.evidence.bundle.BundleRequest;
import io.docket.evidence.bundle.BundleSummary;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.ingest.OutcomeListeners;
import io.docket.model.Sha256;
import io.docket.search.SearchRequest;
import io.docket.search.SearchResult;
import java.util.Optional;
import io.docket.harvest.chat.ChatExport;
import io.docket.ingest.ChatImportReport;
import io.docket.parse.chat.DateOrder;
import java.time.ZoneId;

/**
 * Everything the server, the command line and the harvesters ask of an archive: ingest, search,
 * messages and threads. The embedded Lucene + RocksDB archive is the default implementation; a
 * cluster backend implements the same interface.
 */
public interface ArchiveBackend extends AutoCloseable {
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

    SearchResult search(SearchRequest request);

    Optional<MessageView> message(String id);

    /** One original of a message: the given variant, or the first archived. */
    Optional<RawOriginal> raw(String id, Optional<Sha256> variant);

    Optional<AttachmentContent> attachment(String id, int index);

    Optional<ThreadView> thread(String threadId);

    ArchiveStats stats();

    /** The evidence list of one order (any spelling of its number), or empty when no message names it. */
    Optional<OrderEvidence> orderEvidence(String order);

    /** Every chat agreement no later email confirms, across orders, oldest first. */
    List<io.docket.evidence.OpenAgreement> unconfirmed();

    /** Orders named by the messages a query matches; every order for a blank query. */
    List<OrderSummary> orders(String query);

    List<CustomerSummary> customers();

    Optional<CustomerSummary> customer(String id);

    /** The orders of one customer's messages, most recent first. */
    List<OrderSummary> customerOrders(String id);

    /**
     * Writes the evidence bundle of one order, search or thread to {@code out} (a zip, left open) and
     * records the export in the custody log under {@code actor}.
     *
     * @throws io.docket.evidence.bundle.NothingToExportException when the request selects no message
     * @throws io.docket.evidence.bundle.BundleTooLargeException  when it selects more than a bundle may hold
     * @throws io.docket.search.InvalidQueryException for a query that does not parse
     */
    BundleSummary exportBundle(BundleRequest request, String actor, OutputStream out);

    /** The same, kept by the archive under the summary's id for {@link #exportedBundle} (the API's exports). */
    BundleSummary createExport(BundleRequest request, String actor);

    /** A bundle {@link #createExport} made, or empty when there is none with that id. */
    Optional<Path> exportedBundle(String id);

    /** The archive's Ed25519 public key in PEM, the key every bundle is signed with (made on first use). */
    String publicKeyPem();

    @Override
    void close();
}
