package io.docket.harvest.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.config.AccountConfig;
import io.docket.config.Security;
import io.docket.harvest.CollectingSink;
import io.docket.harvest.InMemoryHarvestState;
import io.docket.model.RawMessage;
import jakarta.mail.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harvester against a real Dovecot, the server most of Docket's users will meet. */
class DovecotHarvestTest {
    private static final String USER = "sales";
    private static final String PASSWORD = "d0vecot-Pa55";

    @TempDir
    Path dir;

    private DovecotServer dovecot;
    private final CollectingSink sink = new CollectingSink();
    private final InMemoryHarvestState state = new InMemoryHarvestState(sink);
    private final Map<String, List<byte[]>> expected = new LinkedHashMap<>();

    @BeforeEach
    void startDovecot() throws Exception {
        Assumptions.assumeTrue(DovecotServer.installed(),
                "Dovecot is not installed (/usr/sbin/dovecot); apt-get install dovecot-imapd to run this test");
        dovecot = new DovecotServer(dir.resolve("dovecot"), USER, PASSWORD);
        preload("INBOX", 0, 7);
        preload("Sent", 100, 3);
        preload("Aufträge", 200, 4); // stored as .Auftr&AOQ-ge (modified UTF-7, RFC 3501 5.1.3)
        dovecot.start();
        List<byte[]> chinese = messages("订单", 300, 5);
        try (ImapTestClient c = client()) {
            c.append("订单", chinese); // created and appended over IMAP: the name crosses the wire as &i6KWzQ-
        }
        expected.put("订单", chinese);
        Files.writeString(dir.resolve("pw"), PASSWORD);
    }

    @AfterEach
    void stopDovecot() throws Exception {
        if (dovecot != null) dovecot.close();
    }

    private void preload(String folder, int from, int count) throws Exception {
        List<byte[]> m = messages(folder, from, count);
        dovecot.preload(folder, m);
        expected.put(folder, m);
    }

    private static List<byte[]> messages(String folder, int from, int count) {
        List<byte[]> out = new ArrayList<>();
        for (int i = from; i < from + count; i++) out.add(TestMessages.message(folder, i));
        return out;
    }

    private ImapTestClient client() throws Exception {
        return new ImapTestClient("127.0.0.1", dovecot.port(), USER, PASSWORD);
    }

    private AccountConfig.Builder account() {
        return AccountConfig.builder("sales", "127.0.0.1", USER).port(dovecot.port()).security(Security.NONE)
                .passwordFile(dir.resolve("pw")).batchSize(3).connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(20));
    }

    @Test
    void harvestsEveryFolderWithExactBytesAndLeavesThemUnread() throws Exception {
        List<HarvestReport> reports = new ImapHarvester(account().build(), state, HarvestListener.NONE).harvest(sink);

        Map<String, Long> delivered = reports.stream().collect(Collectors.toMap(HarvestReport::folder, HarvestReport::delivered));
        assertEquals(Map.of("INBOX", 7L, "Sent", 3L, "Aufträge", 4L, "订单", 5L), delivered);
        for (var e : expected.entrySet()) {
            List<RawMessage> got = sink.accepted().stream().filter(r -> r.place().folder().equals(e.getKey())).toList();
            assertEquals(e.getValue().size(), got.size(), e.getKey());
            for (int i = 0; i < got.size(); i++) assertArrayEquals(e.getValue().get(i), got.get(i).bytes(), e.getKey() + " #" + i);
        }
        try (ImapTestClient c = client()) {
            for (String folder : expected.keySet()) {
                for (Flags f : c.flags(folder)) assertFalse(f.contains(Flags.Flag.SEEN), folder + ": " + f);
            }
        }
        List<HarvestReport> again = new ImapHarvester(account().build(), state, HarvestListener.NONE).harvest(sink);
        assertEquals(0, again.stream().mapToLong(HarvestReport::fetched).sum());
    }

    @Test
    void watchUsesIdleAndSeesANewMessage() throws Exception {
        AccountConfig account = account().folders(List.of("订单")).build();
        try (ImapWatcher watcher = new ImapWatcher(account, sink, state, HarvestListener.NONE)) {
            watcher.start();
            assertTrue(ImapWatcherGreenMailTest.eventually(() -> sink.archive().size() == 5), "caught up: " + sink.archive().size());
            assertTrue(ImapWatcherGreenMailTest.eventually(() -> watcher.usesIdle("订单")));
            byte[] late = TestMessages.message("late", 1);
            try (ImapTestClient c = client()) {
                c.append("订单", List.of(late));
            }
            assertTrue(ImapWatcherGreenMailTest.eventually(() -> sink.archive().size() == 6), "after append: " + sink.archive().size());
            assertArrayEquals(late, sink.accepted().get(5).bytes());
        }
    }
}
