package io.docket.ingest;

import java.util.List;

/**
 * What one chat import did, as `docket import-chat` prints it and `POST /api/v1/chats` returns it: how the
 * export was read (layout, date order and why, the zone assumed and why, the customer) and what became
 * of each message. Counted like mail: archived (new), duplicates (already archived from this export),
 * seen again (this export at a new place), variants (a message already archived from another export of the
 * same chat, now with this export as a further original).
 *
 * @param sha256    the export's SHA-256, the key of its original in the archive
 * @param newOriginal whether the export itself was new to the archive
 * @param customers the customers the chat's messages were given
 * @param ids       the Docket ids of the chat's messages, in export order
 */
public record ChatImportReport(String file, String sha256, boolean newOriginal, String title, String format, String dateOrder,
                               String dateOrderReason, String zone, String zoneSource, List<String> customers, int messages,
                               int archived, int duplicates, int seenAgain, int variants, int notices, int attachments,
                               List<String> warnings, List<String> ids) {
    public ChatImportReport {
        customers = List.copyOf(customers);
        warnings = List.copyOf(warnings);
        ids = List.copyOf(ids);
    }
}
