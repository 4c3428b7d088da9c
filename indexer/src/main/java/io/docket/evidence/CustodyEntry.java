package io.docket.evidence;

/**
 * One event in the chain of custody. {@code hash} is the SHA-256 of the entry's canonical form, which
 * includes {@code previousHash}: changing, removing or inserting any entry breaks every hash after it.
 *
 * @param event archived, variant-archived, seen, exported, reindexed...
 * @param messageSha256 the original the event is about (hex), or empty
 */
public record CustodyEntry(long sequence, String time, String actor, String event, String messageId,
                           String messageSha256, String detail, String previousHash, String hash) {
    public static final String GENESIS = "0".repeat(64);

    public CustodyEntry {
        messageId = messageId == null ? "" : messageId;
        messageSha256 = messageSha256 == null ? "" : messageSha256;
        detail = detail == null ? "" : detail;
    }

    /** Builds the entry that follows {@code previousHash}, computing its own hash. */
    public static CustodyEntry next(long sequence, String time, String actor, String event, String messageId,
                                    String messageSha256, String detail, String previousHash) {
        CustodyEntry unsigned = new CustodyEntry(sequence, time, actor, event, messageId, messageSha256, detail,
                previousHash, "");
        return new CustodyEntry(sequence, time, actor, event, messageId, messageSha256, detail, previousHash,
                unsigned.computeHash());
    }

    /** SHA-256 over a canonical JSON form with a fixed field order (the stored JSON may differ in layout). */
    public String computeHash() {
        return new CanonicalForm().number("sequence", sequence).text("time", time).text("actor", actor).text("event", event)
                .text("messageId", messageId).text("messageSha256", messageSha256).text("detail", detail)
                .text("previousHash", previousHash).sha256();
    }
}
