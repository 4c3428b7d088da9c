package io.docket.access;

import io.docket.evidence.CanonicalForm;

/**
 * One recorded action: who ({@code actor}, with {@code role} and {@code client} address), did what
 * ({@code action} on {@code target}, e.g. search with its query text, message-view with a message id),
 * and how it ended ({@code outcome}: HTTP status or ok/denied). Chained like the custody log: {@code hash}
 * covers every field and {@code previousHash}.
 */
public record AuditEntry(long sequence, String time, String actor, String role, String client, String action,
                         String target, String outcome, String previousHash, String hash) {
    public static final String GENESIS = "0".repeat(64);

    public AuditEntry {
        actor = actor == null ? "" : actor;
        role = role == null ? "" : role;
        client = client == null ? "" : client;
        target = target == null ? "" : target;
        outcome = outcome == null ? "" : outcome;
    }

    static AuditEntry next(long sequence, String time, String actor, String role, String client, String action, String target,
                           String outcome, String previousHash) {
        AuditEntry unsigned = new AuditEntry(sequence, time, actor, role, client, action, target, outcome, previousHash, "");
        return new AuditEntry(sequence, time, actor, role, client, action, target, outcome, previousHash, unsigned.computeHash());
    }

    public String computeHash() {
        return new CanonicalForm().number("sequence", sequence).text("time", time).text("actor", actor).text("role", role)
                .text("client", client).text("action", action).text("target", target).text("outcome", outcome)
                .text("previousHash", previousHash).sha256();
    }
}
