package io.docket.store;

import static io.docket.store.ArchiveStore.text;
import static io.docket.store.ArchiveStore.utf8;

import io.docket.model.Sha256;
import io.docket.store.ArchiveStore.Family;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Threads as connected components of the node graph from {@link io.docket.thread.ThreadLinks},
 * persisted in the THREADS column family:
 * {@code n|node → thread}, {@code t|thread|node → ∅}, {@code x|thread|message → ∅}, {@code c|thread → size}.
 * A thread keeps its id as it grows; when a message joins two threads, the smaller is relabelled
 * into the larger, and the caller re-indexes the messages that moved.
 * Not thread-safe: the ingest pipeline calls it under its single decision lock.
 */
public final class ThreadTable {
    private final ArchiveStore store;

    public ThreadTable(ArchiveStore store) {
        this.store = store;
    }

    /** The outcome of joining a message: its thread, and the messages whose thread id changed. */
    public record Assignment(String threadId, boolean newThread, List<String> relabelled, int mergedThreads) {}

    public Assignment join(String messageId, List<String> nodes, ArchiveStore.Batch batch) {
        Set<String> threads = new LinkedHashSet<>();
        for (String node : nodes) {
            byte[] thread = store.get(Family.THREADS, key("n", node));
            if (thread != null) threads.add(text(thread));
        }
        List<String> relabelled = new ArrayList<>();
        String target;
        boolean created = false;
        if (threads.isEmpty()) {
            target = Sha256.of(utf8(nodes.getFirst())).hex().substring(0, 20);
            created = true;
        } else {
            target = threads.stream().max((a, b) -> Long.compare(size(a), size(b))).orElseThrow();
            for (String other : threads) {
                if (!other.equals(target)) relabelled.addAll(merge(other, target, batch));
            }
        }
        for (String node : nodes) {
            batch.put(Family.THREADS, key("n", node), utf8(target));
            batch.put(Family.THREADS, key("t", target, node), new byte[0]);
        }
        if (store.get(Family.THREADS, key("x", target, messageId)) == null) {
            batch.put(Family.THREADS, key("x", target, messageId), new byte[0]);
            long size = size(target) + relabelled.size() + 1;
            batch.put(Family.THREADS, key("c", target), ByteBuffer.allocate(8).putLong(size).array());
        }
        return new Assignment(target, created, relabelled, threads.isEmpty() ? 0 : threads.size() - 1);
    }

    private List<String> merge(String from, String into, ArchiveStore.Batch batch) {
        List<String> moved = new ArrayList<>();
        store.scan(Family.THREADS, key("t", from, ""), (k, v) -> {
            String node = text(k).substring(("t|" + from + "|").length());
            batch.put(Family.THREADS, key("n", node), utf8(into));
            batch.put(Family.THREADS, key("t", into, node), new byte[0]);
            batch.delete(Family.THREADS, k);
        });
        store.scan(Family.THREADS, key("x", from, ""), (k, v) -> {
            String message = text(k).substring(("x|" + from + "|").length());
            moved.add(message);
            batch.put(Family.THREADS, key("x", into, message), new byte[0]);
            batch.delete(Family.THREADS, k);
        });
        batch.delete(Family.THREADS, key("c", from));
        return moved;
    }

    public long size(String threadId) {
        byte[] value = store.get(Family.THREADS, key("c", threadId));
        return value == null ? 0 : ByteBuffer.wrap(value).getLong();
    }

    /** Docket ids of the messages in a thread. */
    public List<String> messages(String threadId) {
        List<String> ids = new ArrayList<>();
        String prefix = "x|" + threadId + "|";
        store.scan(Family.THREADS, utf8(prefix), (k, v) -> ids.add(text(k).substring(prefix.length())));
        return ids;
    }

    private static byte[] key(String kind, String... parts) {
        return utf8(kind + "|" + String.join("|", parts));
    }
}
