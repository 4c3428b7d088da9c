package io.docket.backend;

import io.docket.evidence.CustomerSummary;
import io.docket.evidence.OrderEvidence;
import io.docket.evidence.OrderSummary;
import io.docket.evidence.bundle.BundleRequest;
import io.docket.evidence.bundle.BundleSummary;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import io.docket.model.Sha256;
import io.docket.search.SearchRequest;
import io.docket.search.SearchResult;
import java.util.Optional;

/**
 * What the server and the command line read from an archive: search, messages, threads, evidence and
 * exports. A backend is a reader of everything; {@link ArchiveBackend#visibleTo} gives a reader limited
 * to what one principal may see.
 */
public interface ArchiveReader {
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
}
