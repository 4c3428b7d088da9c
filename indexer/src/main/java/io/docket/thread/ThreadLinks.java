package io.docket.thread;

import io.docket.model.ParsedMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The nodes a message joins in the thread graph. Threads are the connected components of that graph,
 * so the result never depends on arrival order (the JWZ algorithm's goal): a message links its own
 * Message-ID with every id it references, including ids not archived yet ("ghosts"), and a message
 * that references nothing links to its base subject, the fallback that catches replies from clients
 * that drop In-Reply-To and References.
 */
public final class ThreadLinks {
    /** Base subjects shorter than this say too little to join threads on ("Hi", "?"). */
    static final int MIN_SUBJECT_LENGTH = 4;

    private ThreadLinks() {}

    /** Node key of a Message-ID. */
    public static String messageNode(String messageId) {
        return "m:" + messageId;
    }

    /** Node key of a message that has no Message-ID. */
    public static String contentNode(String docketId) {
        return "c:" + docketId;
    }

    /**
     * Messages of a chat are one thread per conversation: each links to the message before it unless the
     * chat was silent longer than {@link #CHAT_CONVERSATION_GAP} in between. So an order named once in a
     * conversation reaches the replies that agree to its terms without naming it, as a mail thread does.
     *
     * @param previousId the Docket id of the message before it in the same conversation, or null
     */
    public static List<String> chatNodesOf(String docketId, String previousId) {
        return previousId == null ? List.of(contentNode(docketId)) : List.of(contentNode(docketId), contentNode(previousId));
    }

    /** Silence that ends a chat conversation: long enough for a night between Hamburg and Shenzhen, short of a new day's topic. */
    public static final java.time.Duration CHAT_CONVERSATION_GAP = java.time.Duration.ofHours(12);

    public static List<String> nodesOf(ParsedMessage message, String docketId) {
        LinkedHashSet<String> nodes = new LinkedHashSet<>();
        nodes.add(message.messageId().isEmpty() ? contentNode(docketId) : messageNode(message.messageId()));
        List<String> referenced = new ArrayList<>(message.references());
        referenced.addAll(message.inReplyTo());
        for (String id : referenced) {
            if (!id.isBlank()) nodes.add(messageNode(id));
        }
        if (referenced.isEmpty()) {
            String base = SubjectNormalizer.base(message.subject());
            if (base.codePointCount(0, base.length()) >= MIN_SUBJECT_LENGTH) nodes.add("s:" + base);
        }
        return List.copyOf(nodes);
    }
}
