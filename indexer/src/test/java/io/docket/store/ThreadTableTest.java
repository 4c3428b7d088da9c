package io.docket.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreadTableTest {
    @TempDir
    Path dir;

    /** message → nodes it links: a reply chain, a ghost-rooted pair, a subject-only reply, a stranger. */
    private static final Map<String, List<String>> GRAPH = Map.of(
            "a", List.of("m:a", "s:order 117"),
            "b", List.of("m:b", "m:a"),
            "c", List.of("m:c", "m:b", "m:a"),
            "d", List.of("m:d", "m:ghost"),
            "e", List.of("m:e", "m:ghost", "m:d"),
            "f", List.of("m:f", "s:order 117"),
            "g", List.of("m:g", "s:something else"));

    @Test
    void threadsDoNotDependOnArrivalOrder() {
        Set<Set<String>> expected = Set.of(Set.of("a", "b", "c", "f"), Set.of("d", "e"), Set.of("g"));
        List<String> order = new ArrayList<>(GRAPH.keySet());
        Random random = new Random(42);
        for (int round = 0; round < 12; round++) {
            Collections.shuffle(order, random);
            assertEquals(expected, threadsAfterJoining(order, dir.resolve("r" + round)), "order " + order);
        }
    }

    @Test
    void joiningTwoThreadsRelabelsTheSmallerAndReportsWhoMoved() {
        try (ArchiveStore store = ArchiveStore.open(dir.resolve("merge"))) {
            ThreadTable table = new ThreadTable(store);
            String big = join(table, store, "b", List.of("m:b", "m:a")).threadId();
            join(table, store, "c", List.of("m:c", "m:a"));
            String small = join(table, store, "x", List.of("m:x")).threadId();
            assertNotEquals(big, small);
            ThreadTable.Assignment bridge = join(table, store, "y", List.of("m:y", "m:x", "m:a"));
            assertEquals(big, bridge.threadId());
            assertEquals(List.of("x"), bridge.relabelled());
            assertEquals(1, bridge.mergedThreads());
            assertEquals(Set.of("b", "c", "x", "y"), new HashSet<>(table.messages(big)));
            assertTrue(table.messages(small).isEmpty());
            assertEquals(4, table.size(big));
        }
    }

    private static Set<Set<String>> threadsAfterJoining(List<String> order, Path path) {
        try (ArchiveStore store = ArchiveStore.open(path)) {
            ThreadTable table = new ThreadTable(store);
            Map<String, String> last = new HashMap<>();
            for (String message : order) join(table, store, message, GRAPH.get(message));
            Set<Set<String>> threads = new HashSet<>();
            for (String message : order) {
                String thread = new String(store.get(ArchiveStore.Family.THREADS, ArchiveStore.utf8("n|" + GRAPH.get(message).getFirst())));
                last.put(message, thread);
            }
            for (String thread : new HashSet<>(last.values())) {
                threads.add(new HashSet<>(table.messages(thread)));
            }
            return threads;
        }
    }

    private static ThreadTable.Assignment join(ThreadTable table, ArchiveStore store, String message, List<String> nodes) {
        try (ArchiveStore.Batch batch = store.batch()) {
            ThreadTable.Assignment assignment = table.join(message, nodes, batch);
            batch.commit();
            return assignment;
        }
    }
}
