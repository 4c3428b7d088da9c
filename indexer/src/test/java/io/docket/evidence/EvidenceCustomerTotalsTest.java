package io.docket.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An order's customers carry their totals as of the latest mail: the summaries are reused only until new mail is visible. */
class EvidenceCustomerTotalsTest {
    @TempDir
    Path dir;

    private static RawMessage mail(int n, String subject) {
        byte[] bytes = ("Message-ID: <t" + n + "@mueller-gmbh.de>\r\nFrom: Hans Müller <hans@mueller-gmbh.de>\r\nTo: lily.chen@huada-lighting.com\r\n"
                + "Date: Tue, 0" + n + " Mar 2024 10:15:00 +0100\r\nSubject: " + subject + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nPlease confirm.\r\n").getBytes(StandardCharsets.UTF_8);
        return new RawMessage(bytes, new Place(Place.IMAP, "sales", "INBOX", "1:" + n));
    }

    private static long muellerMessages(EmbeddedArchive archive) {
        return archive.orderEvidence("HD-2024-0117").orElseThrow().customers().stream()
                .filter(c -> c.id().contains("mueller")).findFirst().orElseThrow().messages();
    }

    @Test
    void customerTotalsFollowNewMail() throws Exception {
        try (EmbeddedArchive archive = Archives.open(dir)) {
            archive.sink().accept(mail(1, "Order HD-2024-0117"));
            archive.sink().accept(mail(2, "Order HD-2024-0117 delivery"));
            archive.commit();
            assertEquals(2, muellerMessages(archive));
            assertEquals(2, muellerMessages(archive), "the same totals from the reused summaries");
            archive.sink().accept(mail(3, "Order HD-2024-0999"));
            archive.commit();
            assertEquals(3, muellerMessages(archive), "a new message of the customer counts at once");
        }
    }

    /** The orders and customers lists are kept between views, and show new mail as soon as it is searchable. */
    @Test
    void ordersAndCustomersListsFollowNewMail() throws Exception {
        try (EmbeddedArchive archive = Archives.open(dir)) {
            archive.sink().accept(mail(1, "Order HD-2024-0117"));
            archive.sink().accept(mail(2, "Order HD-2024-0117 delivery"));
            archive.commit();
            for (int view = 0; view < 2; view++) {
                assertEquals(java.util.List.of("HD-2024-0117"), archive.orders("").stream().map(OrderSummary::number).toList());
                assertEquals(2, archive.orders("").getFirst().messages());
                assertEquals(2, mueller(archive).messages());
            }
            archive.sink().accept(mail(3, "Order HD-2024-0999"));
            archive.commit();
            assertEquals(java.util.List.of("HD-2024-0999", "HD-2024-0117"), archive.orders("").stream().map(OrderSummary::number).toList());
            assertEquals(3, mueller(archive).messages());
        }
    }

    private static CustomerSummary mueller(EmbeddedArchive archive) {
        return archive.customers().stream().filter(c -> c.id().contains("mueller")).findFirst().orElseThrow();
    }
}
