package io.docket.harvest.imap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.docket.config.AccountConfig;
import io.docket.config.Security;
import io.docket.harvest.CollectingSink;
import io.docket.harvest.HarvestState.FolderState;
import io.docket.harvest.InMemoryHarvestState;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import io.docket.model.Sha256;
import jakarta.mail.Flags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The harvester against GreenMail, an IMAP server running in this JVM on a free loopback port. */
class ImapHarvesterGreenMailTest {
    private static final String USER = "sales@example.com";
    private static final String PASSWORD = "s3cret-Pa55";
    private static final String ORDERS = "Kunden.Aufträge"; // non-ASCII: modified UTF-7 on the wire (RFC 3501 5.1.3)

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.IMAP.dynamicPort());

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final InMemoryHarvestState state = new InMemoryHarvestState(sink);
    private final Map<String, List<byte[]>> appended = new HashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        greenMail.setUser(USER, USER, PASSWORD);
        Files.writeString(dir.resolve("pw"), PASSWORD + "\n");
    }

    private AccountConfig.Builder account() {
        return AccountConfig.builder("sales", "127.0.0.1", USER).port(greenMail.getImap().getPort()).security(Security.NONE)
                .passwordFile(dir.resolve("pw")).connectTimeout(Duration.ofSeconds(5)).readTimeout(Duration.ofSeconds(10))
                .reconnectBackoff(Duration.ofMillis(50));
    }

    private ImapTestClient client() throws Exception {
        return new ImapTestClient("127.0.0.1", greenMail.getImap().getPort(), USER, PASSWORD);
    }

    private void append(String folder, int from, int count) throws Exception {
        List<byte[]> messages = new ArrayList<>();
        for (int i = from; i < from + count; i++) messages.add(TestMessages.message(folder, i));
        try (ImapTestClient c = client()) {
            c.append(folder, messages);
        }
        appended.computeIfAbsent(folder, f -> new ArrayList<>()).addAll(messages);
    }

    private List<HarvestReport> harvest(AccountConfig account) throws Exception {
        return new ImapHarvester(account, state, HarvestListener.NONE).harvest(sink);
    }

    private static HarvestReport folder(List<HarvestReport> reports, String folder) {
        return reports.stream().filter(r -> r.folder().equals(folder)).findFirst().orElseThrow();
    }

    private static Set<Sha256> shas(List<byte[]> messages) {
        return messages.stream().map(Sha256::of).collect(Collectors.toSet());
    }

    @Test
    void fullHarvestOfSeveralFoldersDeliversExactBytes() throws Exception {
        append("INBOX", 0, 5);
        append("Sent", 100, 3);
        append(ORDERS, 200, 4);

        List<HarvestReport> reports = harvest(account().batchSize(2).build());

        Map<String, HarvestReport> byFolder = reports.stream().collect(Collectors.toMap(HarvestReport::folder, r -> r));
        // "Kunden" exists only as a level of the hierarchy, so GreenMail does not list it.
        assertEquals(Set.of("INBOX", "Sent", ORDERS), byFolder.keySet());
        assertEquals(5, byFolder.get("INBOX").delivered());
        assertEquals(3, byFolder.get("Sent").delivered());
        assertEquals(4, byFolder.get(ORDERS).delivered());
        assertEquals(0, reports.stream().mapToLong(HarvestReport::errors).sum());
        assertEquals(12, sink.accepted().size());
        for (String folder : List.of("INBOX", "Sent", ORDERS)) {
            List<RawMessage> got = sink.accepted().stream().filter(r -> r.place().folder().equals(folder)).toList();
            for (int i = 0; i < got.size(); i++) {
                assertArrayEquals(appended.get(folder).get(i), got.get(i).bytes(), folder + " message " + i);
            }
            long uidValidity = state.folder("sales", folder).orElseThrow().uidValidity();
            assertEquals(new Place(Place.IMAP, "sales", folder, uidValidity + ":1"), got.get(0).place());
        }
        // INBOX: 5 messages in batches of 2 = 3 flushes, each before its state was saved.
        FolderState inbox = state.folder("sales", "INBOX").orElseThrow();
        assertEquals(5, inbox.highestUid());
        assertEquals(5, inbox.messages());
        assertTrue(sink.flushes() >= 3 + 2 + 2, "flushes: " + sink.flushes());
    }

    @Test
    void secondHarvestFetchesOnlyNewUids() throws Exception {
        append("INBOX", 0, 4);
        harvest(account().build());
        append("INBOX", 4, 2);

        HarvestReport second = folder(harvest(account().build()), "INBOX");

        assertEquals(2, second.fetched());
        assertEquals(2, second.delivered());
        assertEquals(6, second.highestUid());
        assertEquals(6, sink.accepted().size());
        assertEquals(shas(appended.get("INBOX")), sink.archive().keySet());
    }

    @Test
    void unchangedMailboxFetchesNothing() throws Exception {
        append("INBOX", 0, 3);
        harvest(account().build());
        HarvestReport again = folder(harvest(account().build()), "INBOX");
        assertEquals(0, again.fetched());
        assertEquals(3, sink.accepted().size());
    }

    @Test
    void uidValidityChangeDeliversOnlyUnknownContent() throws Exception {
        append("Sent", 0, 3);
        harvest(account().build());
        long before = state.folder("sales", "Sent").orElseThrow().uidValidity();
        try (ImapTestClient c = client()) {
            c.delete("Sent");
        }
        Thread.sleep(1100); // GreenMail derives UIDVALIDITY from the clock in seconds
        append("Sent", 0, 3);  // the same three messages, now under new UIDs...
        append("Sent", 50, 1); // ...and one the archive has never seen

        HarvestReport report = folder(harvest(account().build()), "Sent");

        assertEquals(4, report.fetched());
        assertEquals(1, report.delivered());
        assertEquals(3, report.skippedKnown());
        long after = state.folder("sales", "Sent").orElseThrow().uidValidity();
        assertNotEquals(before, after);
        assertEquals(after, report.uidValidity());
        assertEquals(4, sink.accepted().size());
        assertArrayEquals(TestMessages.message("Sent", 50), sink.accepted().get(3).bytes());
    }

    @Test
    void harvestSetsNoSeenFlag() throws Exception {
        append("INBOX", 0, 3);
        harvest(account().build());
        try (ImapTestClient c = client()) {
            List<Flags> flags = c.flags("INBOX");
            assertEquals(3, flags.size());
            for (Flags f : flags) assertFalse(f.contains(Flags.Flag.SEEN), "flags after harvest: " + f);
        }
    }

    @Test
    void interruptedHarvestResumesWithoutLossOrDuplicate() throws Exception {
        append("INBOX", 0, 10);
        AccountConfig account = account().batchSize(3).build();
        sink.failOnAccept(5); // dies in the middle of the second batch

        IllegalStateException crash = assertThrows(IllegalStateException.class, () -> harvest(account));
        assertEquals("simulated crash at accept #5", crash.getMessage());
        assertEquals(3, state.folder("sales", "INBOX").orElseThrow().highestUid());
        assertEquals(3, sink.archive().size());

        harvest(account);

        assertEquals(shas(appended.get("INBOX")), sink.archive().keySet());
        // The run after the crash starts at the first unsaved batch: UIDs 4..10, nothing twice.
        List<RawMessage> secondRun = sink.accepted().subList(4, sink.accepted().size());
        assertEquals(7, secondRun.size());
        assertEquals(7, secondRun.stream().map(RawMessage::sha256).distinct().count());
    }

    @Test
    void badPasswordIsAClearErrorWithoutThePassword() throws Exception {
        Files.writeString(dir.resolve("pw"), "wrong-Pa55word\n");
        ImapHarvestException e = assertThrows(ImapHarvestException.class, () -> harvest(account().build()));
        assertTrue(e.getMessage().startsWith("login refused for account sales as sales@example.com"), e.getMessage());
        assertFalse(e.getMessage().contains("wrong-Pa55word"), e.getMessage());
        assertFalse(e.retryable());
        assertEquals(0, sink.accepted().size());
    }

    @Test
    void sslAgainstAPlainPortIsAClearError() {
        AccountConfig account = account().security(Security.SSL).build();
        ImapHarvestException e = assertThrows(ImapHarvestException.class, () -> harvest(account));
        assertTrue(e.getMessage().startsWith("TLS handshake with 127.0.0.1:" + account.port() + " for account sales failed (security: ssl)"),
                e.getMessage());
        assertFalse(e.getMessage().contains(PASSWORD));
    }

    @Test
    void startTlsAgainstAServerWithoutItIsAClearError() {
        AccountConfig account = account().security(Security.STARTTLS).build();
        ImapHarvestException e = assertThrows(ImapHarvestException.class, () -> harvest(account));
        assertEquals("server 127.0.0.1:" + account.port() + " for account sales does not offer STARTTLS (security: starttls); "
                + "refusing to send the password in clear", e.getMessage());
    }

    @Test
    void configuredFoldersOnlyAndMissingFolderIsCounted() throws Exception {
        append("INBOX", 0, 2);
        append("Sent", 0, 2);
        List<HarvestReport> reports = harvest(account().folders(List.of("Sent", "Archiv")).build());
        assertEquals(List.of("Sent", "Archiv"), reports.stream().map(HarvestReport::folder).toList());
        assertEquals(2, reports.get(0).delivered());
        assertEquals(1, reports.get(1).errors());
        assertTrue(reports.get(1).problems().get(0).startsWith("cannot harvest folder: "), reports.get(1).problems().toString());
        assertEquals(2, sink.accepted().size());
    }
}
