package io.docket.cli;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.AccountConfig;
import io.docket.config.Security;
import io.docket.demo.DemoMailServer;
import io.docket.demo.SampleMailbox;
import io.docket.harvest.imap.ImapWatcher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatLimits;
import io.docket.ingest.ChatImportReport;
import java.util.concurrent.Callable;
import io.docket.api.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The one-command tour: an embedded IMAP server on loopback holds the sample trade mailbox, Docket
 * harvests it through real IMAP (the same code path as a company mail server), then serves the UI
 * and API and keeps watching the mailbox for new mail.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Harvest the sample trade mailbox from an embedded IMAP server, then serve the UI and API.")
final class DemoCommand implements Callable<Integer> {
    private static final String USER = "sales@huada-lighting.com";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./demo-data",
            description = "Archive folder for the demo (default: ${DEFAULT-VALUE}); a second run harvests incrementally.")
    Path data;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    /** The sample WhatsApp exports beside the mail (samples/chats); a second run finds them archived already. */
    private static void importChats(EmbeddedArchive archive) {
        for (Map.Entry<String, byte[]> chat : SampleMailbox.chats().entrySet()) {
            ChatImportReport report = archive.importChat(ChatExport.of(chat.getKey(), chat.getValue(), ChatLimits.DEFAULTS), "demo", "",
                    Optional.empty(), Optional.empty());
            System.out.printf("WhatsApp export %s: %d messages, %d newly archived (%s)%n", chat.getKey(), report.messages(), report.archived(),
                    report.dateOrderReason());
        }
        System.out.println("Chat agreements not confirmed by email: " + archive.unconfirmed().size());
    }

    @Override
    public Integer call() throws Exception {
        Map<String, List<byte[]>> folders = SampleMailbox.folders();
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        Path passwordFile = Files.createTempFile("docket-demo", ".pw",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        passwordFile.toFile().deleteOnExit();
        Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
        System.out.println("Starting the embedded IMAP server with the sample trade mailbox ("
                + folders.values().stream().mapToInt(List::size).sum() + " messages in " + String.join(", ", folders.keySet()) + ")");
        try (DemoMailServer mail = DemoMailServer.start(USER, password, folders)) {
            AccountConfig account = AccountConfig.builder("demo", DemoMailServer.HOST, USER).port(mail.port())
                    .security(Security.NONE).passwordFile(passwordFile).pollInterval(Duration.ofSeconds(5)).build();
            System.out.println("IMAP: imap://" + USER + "@" + DemoMailServer.HOST + ":" + mail.port() + " (no TLS, loopback only)");
            EmbeddedArchive archive = Archives.open(data, SampleMailbox.trade());
            List<ImapWatcher> watchers;
            try {
                HarvestCommand.harvestOnce(archive, List.of(account));
                importChats(archive);
                watchers = HarvestCommand.startWatching(archive, List.of(account));
            } catch (Exception e) {
                archive.close();
                throw e;
            }
            DemoUsers users = DemoUsers.create(archive.dataDir());
            Serving.serveUntilStopped(archive, ServerSettings.of(host, port), watchers, chosen -> {
                String url = Urls.of(host, chosen);
                System.out.println();
                System.out.println("Docket demo is ready at " + url + "  (archive: " + archive.dataDir() + "; Ctrl-C stops)");
                users.print(url);
                System.out.println("Try:");
                for (String q : List.of("HD-2024-0117", "order:HD20240117 clause:payment", "customer:muller-gmbh", "\"payment terms\"", "质量问题", "has:attachment filename:pdf", "source:whatsapp")) {
                    System.out.println("  " + url + "?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
                }
                System.out.println("  " + url + "#/order/HD-2024-0117      (an order's evidence: timeline, clause history, export)");
                System.out.println("  " + url + "#/customer/muller-gmbh    (a customer: orders, activity, time zone)");
                System.out.println("  " + url + "#/unconfirmed             (chat agreements no email has confirmed)");
                System.out.println("  " + url + "#/audit                   (the audit log and its hash chain; signed in as demo)");
                String auth = "curl -H 'Authorization: Bearer " + users.token() + "' '";
                System.out.println("  " + auth + url + "api/v1/search?q=" + java.net.URLEncoder.encode("from:mueller-gmbh.de", StandardCharsets.UTF_8) + "&sort=date'");
                System.out.println("  " + auth + url + "api/v1/orders/HD-2024-0117/evidence'");
                System.out.println("  " + auth + url + "api/v1/unconfirmed'");
            });
        }
        return 0;
    }
}
