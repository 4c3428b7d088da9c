package io.docket.access;

/** What a caller asks the audit log to record; the log adds the time, sequence and hashes. */
public record AuditEvent(String actor, String role, String client, String action, String target, String outcome) {
    /** Longer targets (query texts, file names) are cut here, so one entry never grows the log by much. */
    static final int MAX_TARGET = 2_000;

    public AuditEvent {
        if (action == null || action.isBlank()) throw new IllegalArgumentException("an audit event needs an action");
        target = target == null ? "" : target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) + "…" : target;
    }

    /** An action taken on the command line on this machine (user and token management). */
    public static AuditEvent cli(String action, String target) {
        return new AuditEvent("cli:" + System.getProperty("user.name", "?"), "admin", "local", action, target, "ok");
    }
}
