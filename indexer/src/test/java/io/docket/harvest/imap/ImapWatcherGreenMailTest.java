package io.docket.harvest.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.docket.config.AccountConfig;
import io.docket.config.Security;
import io.docket.harvest.CollectingSink;
import io.docket.harvest.InMemoryHarvestState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ImapWatcherGreenMailTest {
    private static final String USER = "ops@example.com";
    private static final String PASSWORD = "w4tch-Pa55";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final InMemoryHarvestState state = new InMemoryHarvestState(sink);

    @BeforeEach
    void setUp() throws Exception {
        greenMail.setUser(USER, USER, PASSWORD);
        Files.writeString(dir.resolve("pw"), PASSWORD);
    }

    private AccountConfig.Builder account() {
        return AccountConfig.builder("ops", "127.0.0.1", USER).port(greenMail.getImap().getPort()).security(Security.NONE)
                .passwordFile(dir.resolve("pw")).folders(List.of("INBOX")).connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(10)).reconnectBackoff(Duration.ofMillis(50));
    }

    private void append(int i) throws Exception {
        try (ImapTestClient c = new ImapTestClient("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD)) {
            c.append("INBOX", List.of(TestMessages.message("watch", i)));
        }
    }

    /** Waits at most 10 s, checking every 50 ms. */
    static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (condition.getAsBoolean()) return true;
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    @Test
    void idleSeesAMessageAppendedAfterStart() throws Exception {
        append(1);
        try (ImapWatcher watcher = new ImapWatcher(account().build(), sink, state, HarvestListener.NONE)) {
            watcher.start();
            assertTrue(eventually(() -> sink.archive().size() == 1), "catch-up delivered " + sink.archive().size());
            assertTrue(eventually(() -> watcher.usesIdle("INBOX")), "GreenMail offers IDLE");
            append(2);
            assertTrue(eventually(() -> sink.archive().size() == 2), "after append: " + sink.archive().size());
        }
        assertArrayEquals(TestMessages.message("watch", 2), sink.accepted().get(1).bytes());
        assertEquals(2, state.folder("ops", "INBOX").orElseThrow().highestUid());
    }

    @Test
    void idleIsReissuedAfterItsTimeout() throws Exception {
        AccountConfig account = account().idleTimeout(Duration.ofMillis(300)).build();
        try (ImapWatcher watcher = new ImapWatcher(account, sink, state, HarvestListener.NONE)) {
            watcher.start();
            assertTrue(eventually(() -> watcher.usesIdle("INBOX")));
            Thread.sleep(1000); // several IDLE timeouts pass; the loop must still be alive and watching
            append(7);
            assertTrue(eventually(() -> sink.archive().size() == 1), "after append: " + sink.archive().size());
        }
    }

    @Test
    void pollingSeesAMessageWhenIdleIsOff() throws Exception {
        AccountConfig account = account().idle(false).pollInterval(Duration.ofMillis(200)).build();
        try (ImapWatcher watcher = new ImapWatcher(account, sink, state, HarvestListener.NONE)) {
            watcher.start();
            Thread.sleep(300);
            assertFalse(watcher.usesIdle("INBOX"));
            append(3);
            assertTrue(eventually(() -> sink.archive().size() == 1), "after append: " + sink.archive().size());
        }
    }

    @Test
    void closeStopsPromptly() throws Exception {
        ImapWatcher watcher = new ImapWatcher(account().build(), sink, state, HarvestListener.NONE);
        watcher.start();
        assertTrue(eventually(() -> watcher.usesIdle("INBOX")));
        long t0 = System.nanoTime();
        watcher.close();
        assertTrue(System.nanoTime() - t0 < Duration.ofSeconds(5).toNanos(), "close took too long");
        int before = sink.accepted().size();
        append(4);
        Thread.sleep(500);
        assertEquals(before, sink.accepted().size(), "nothing is archived after close");
    }
}
