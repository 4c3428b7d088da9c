package io.docket.evidence.bundle;

import java.util.ArrayList;
import java.util.List;

/** What a bundle holds: every message of one order, of one search, or of one thread. */
public record BundleRequest(Kind kind, String value) {
    public enum Kind {
        ORDER, QUERY, THREAD;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public BundleRequest {
        if (kind == null) throw new IllegalArgumentException("a bundle request needs a kind");
        if (value == null || value.isBlank()) throw new IllegalArgumentException(kind.label() + " must not be empty");
        value = value.strip();
    }

    /** Exactly one of the three must be given (null or blank means not given); the message says which were. */
    public static BundleRequest of(String order, String query, String thread) {
        List<String> given = new ArrayList<>();
        if (order != null && !order.isBlank()) given.add("order");
        if (query != null && !query.isBlank()) given.add("query");
        if (thread != null && !thread.isBlank()) given.add("thread");
        if (given.size() != 1) {
            throw new IllegalArgumentException("give exactly one of order, query or thread"
                    + (given.isEmpty() ? "" : " (got " + String.join(" and ", given) + ")"));
        }
        return switch (given.getFirst()) {
            case "order" -> new BundleRequest(Kind.ORDER, order);
            case "query" -> new BundleRequest(Kind.QUERY, query);
            default -> new BundleRequest(Kind.THREAD, thread);
        };
    }

    /** "order HD-2024-0117", "query from:mueller-gmbh.de", "thread 1a2b..." */
    public String describe() {
        return kind.label() + " " + value;
    }
}
