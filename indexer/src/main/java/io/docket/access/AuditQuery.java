package io.docket.access;

import java.time.Instant;

/**
 * Which audit entries to list: each filter is optional (null); newest first, at most {@code limit}.
 *
 * @param actor  exact actor name
 * @param action exact action name
 * @param target text the target contains (a message id, an order, a word of a query)
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, int limit) {
    public static final int MAX_LIMIT = 1_000;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
        if (from != null && to != null && from.isAfter(to)) throw new IllegalArgumentException("from must not be after to");
    }

    boolean matches(AuditEntry e) {
        if (actor != null && !actor.equals(e.actor())) return false;
        if (action != null && !action.equals(e.action())) return false;
        if (target != null && !e.target().contains(target)) return false;
        if (from == null && to == null) return true;
        Instant time = Instant.parse(e.time());
        return (from == null || !time.isBefore(from)) && (to == null || time.isBefore(to));
    }
}
