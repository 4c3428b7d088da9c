package io.docket.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a user or an API token may do. A machine client's token carries one of these roles, so the
 * issue's {@code api} role is a kind of principal ({@link Principal.Kind#TOKEN}), not a fifth set of rights.
 */
public enum Role {
    /** Everything, including the audit log and the archive's statistics. */
    ADMIN,
    /** Search, view and export everything; read the audit log. */
    LEGAL,
    /** Search and view the assigned customers' mail only; no bulk export. */
    REP;

    public boolean seesEverything() {
        return this != REP;
    }

    public boolean mayExport() {
        return this != REP;
    }

    public boolean mayReadAudit() {
        return this != REP;
    }

    /** The spelling used on the command line and in JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        for (Role r : values()) {
            if (r.id().equals(text == null ? "" : text.trim().toLowerCase(Locale.ROOT))) return r;
        }
        throw new IllegalArgumentException("role must be one of " + choices() + ", got \"" + text + "\"");
    }

    public static String choices() {
        return Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "));
    }
}
