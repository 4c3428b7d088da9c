package io.docket.backend;

import io.docket.model.MessageRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A thread as a tree in time order: replies under what they answer, roots and siblings by date. */
public record ThreadView(String threadId, List<Node> roots, int size) {
    public record Node(MessageRecord message, List<Node> replies) {}

    private static final Comparator<MessageRecord> BY_DATE = Comparator
            .comparing((MessageRecord r) -> r.date() == null ? Long.MIN_VALUE : r.date().toInstant().toEpochMilli())
            .thenComparing(MessageRecord::id);

    public static ThreadView of(String threadId, List<MessageRecord> members) {
        List<MessageRecord> sorted = new ArrayList<>(members);
        sorted.sort(BY_DATE);
        Map<String, MessageRecord> byMessageId = new HashMap<>();
        for (MessageRecord r : sorted) if (!r.messageId().isEmpty()) byMessageId.put(r.messageId(), r);
        Map<String, List<MessageRecord>> children = new HashMap<>();
        List<MessageRecord> roots = new ArrayList<>();
        for (MessageRecord r : sorted) {
            MessageRecord parent = r.parentIds().stream().map(byMessageId::get)
                    .filter(p -> p != null && !p.id().equals(r.id())).findFirst().orElse(null);
            if (parent == null) roots.add(r);
            else children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(r);
        }
        return new ThreadView(threadId, roots.stream().map(r -> node(r, children, 0)).toList(), sorted.size());
    }

    private static Node node(MessageRecord r, Map<String, List<MessageRecord>> children, int depth) {
        // Depth is bounded so a reference cycle in broken mail can never recurse without end.
        List<Node> replies = depth > 200 ? List.of() : children.getOrDefault(r.id(), List.of()).stream()
                .map(c -> node(c, children, depth + 1)).toList();
        return new Node(r, replies);
    }
}
