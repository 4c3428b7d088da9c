package io.docket.evidence.bundle;

import io.docket.evidence.DatedMessage;
import io.docket.model.TradeFacts;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What timeline.pdf and timeline.html both say, as a list of blocks, so the two reports can never
 * disagree: a cover (the request, counts, the manifest's hash and the signing key), an index, then one
 * entry per message in Bates order with its headers, both parties' local times, the clause statements it
 * makes and its attachments with their hashes.
 */
record Timeline(String title, List<Block> cover, List<Entry> entries) {
    /** One piece of a report. A highlighted field is a clause statement as the message words it. */
    sealed interface Block permits Heading, Field, Text {}

    record Heading(String text) implements Block {}

    record Field(String label, String value, boolean highlight) implements Block {}

    record Text(String text) implements Block {}

    record Entry(String bates, String heading, List<Block> blocks) {}

    /** Everything the reports know about the bundle besides its messages. */
    record Facts(String id, String request, String createdAt, String createdBy, int attachments, String manifestCsvSha256,
                 String keyFingerprint) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm xxx", Locale.ROOT);

    /** @param chatText the text of each chat message by Docket id (a chat message has no file of its own to open) */
    static Timeline of(Facts facts, List<Manifest.Message> messages, List<DatedMessage> dated, java.util.Map<String, String> chatText) {
        List<Block> cover = new ArrayList<>();
        cover.add(new Field("Request", facts.request(), false));
        cover.add(new Field("Bundle", facts.id(), false));
        cover.add(new Field("Created", facts.createdAt() + " by " + facts.createdBy(), false));
        cover.add(new Field("Messages", messages.size() + span(messages), false));
        cover.add(new Field("Attachments", Integer.toString(facts.attachments()), false));
        cover.add(new Field("Manifest SHA-256", facts.manifestCsvSha256() + " (manifest.csv)", false));
        cover.add(new Field("Signature", "manifest.json, which lists the SHA-256 of every file in this bundle (manifest.csv, "
                + "this report and every original included), is signed in manifest.sig with the archive's Ed25519 key "
                + facts.keyFingerprint(), false));
        cover.add(new Text("Every message is the original file byte for byte, named by its Bates number in time order "
                + "(DKT-000001.eml is the earliest); its attachments are extracted beside it. Dates are shown as the sender "
                + "wrote them, in UTC, and in the local time of each party. Highlighted sentences are the terms a message "
                + "states in its own text or attachments. A WhatsApp message has no file of its own: it names the chat export "
                + "it was read from (included once, byte for byte) and its lines there; its time is the exporting phone's, in the zone "
                + "named. Check the whole bundle with: docket verify-bundle BUNDLE.zip --public-key archive.pem"));
        List<Manifest.Message> chats = messages.stream().filter(Manifest.Message::fromChat).toList();
        if (!chats.isEmpty()) {
            long agreed = chats.stream().mapToLong(m -> m.agreements().size()).sum();
            long open = chats.stream().flatMap(m -> m.agreements().stream()).filter(a -> a.status().equals("unconfirmed")).count();
            cover.add(new Field("Chat messages", chats.size() + " (WhatsApp; each points at its export file and lines); "
                    + agreed + " term(s) stated in chat, " + open + " not confirmed by a later email", open > 0));
            if (open > 0) cover.add(new Heading("Chat agreements not confirmed by email"));
            for (Manifest.Message m : chats) {
                for (Manifest.Agreement a : m.agreements()) {
                    if (!a.status().equals("unconfirmed")) continue;
                    cover.add(new Field(m.bates(), "UNCONFIRMED " + a.type() + ": " + a.value() + "  (" + m.date() + ", " + m.from()
                            + (a.order().isEmpty() ? "" : ", order " + a.order()) + ")", true));
                }
            }
        }
        cover.add(new Heading("Index"));
        for (Manifest.Message m : messages) {
            cover.add(new Field(m.bates(), (m.date().isEmpty() ? "(no date)" : m.date()) + "  " + m.from() + "\n" + m.subject(), false));
        }

        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Manifest.Message m = messages.get(i);
            entries.add(m.fromChat() ? chatEntry(m, dated.get(i), chatText.getOrDefault(m.id(), "")) : entry(m, dated.get(i)));
        }
        return new Timeline("Evidence bundle: " + facts.request(), List.copyOf(cover), List.copyOf(entries));
    }

    private static Entry entry(Manifest.Message m, DatedMessage dated) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Field("Subject", m.subject().isEmpty() ? "(no subject)" : m.subject(), false));
        blocks.add(new Field("Date (sender)", m.date().isEmpty() ? "(no date)" : format(dated.message().date()), false));
        if (!m.dateUtc().isEmpty()) blocks.add(new Field("UTC", format(dated.message().date().withOffsetSameInstant(java.time.ZoneOffset.UTC)), false));
        if (dated.customerLocalDate() != null) {
            blocks.add(new Field(dated.customer().isEmpty() ? "Customer's time" : dated.customer(),
                    format(dated.customerLocalDate()) + " (" + zoneName(dated.customerZone()) + ")", false));
        }
        if (dated.companyLocalDate() != null) {
            blocks.add(new Field("Our time", format(dated.companyLocalDate()) + " (" + zoneName(dated.companyZone()) + ")", false));
        }
        blocks.add(new Field("From", m.from(), false));
        blocks.add(new Field("To", String.join("\n", m.to()), false));
        if (!m.cc().isEmpty()) blocks.add(new Field("Cc", String.join("\n", m.cc()), false));
        blocks.add(new Field("Message-ID", m.messageId().isEmpty() ? "(none)" : m.messageId(), false));
        blocks.add(new Field("Folders", String.join(", ", m.folders()), false));
        if (!m.orders().isEmpty()) blocks.add(new Field("Orders", String.join(", ", m.orders()), false));
        blocks.add(new Field("Original", m.file() + " (" + m.size() + " bytes)\nSHA-256 " + m.sha256(), false));
        for (Manifest.Variant v : m.variants()) {
            blocks.add(new Field("Other original", v.file() + " (" + v.size() + " bytes)\nSHA-256 " + v.sha256(), false));
        }
        if (!m.clauses().isEmpty()) blocks.add(new Heading("Terms stated"));
        for (TradeFacts.ClauseFact c : m.clauses()) {
            blocks.add(new Field(c.type() + " (" + c.where() + ")", c.sentence(), true));
            blocks.add(new Field("", "read as: " + c.value(), false));
        }
        if (!m.attachments().isEmpty()) blocks.add(new Heading("Attachments"));
        for (Manifest.Attachment a : m.attachments()) {
            String where = a.file().isEmpty() ? "(could not be read back from the original)" : a.file();
            blocks.add(new Field("#" + (a.index() + 1), a.name() + "\n" + where + " · " + a.contentType() + " · " + a.size()
                    + " bytes\nSHA-256 " + a.sha256(), false));
        }
        return new Entry(m.bates(), m.bates() + "  " + m.file(), List.copyOf(blocks));
    }

    /**
     * A chat message: the chat, the phone's local time (exports carry no zone; the zone assumed at import is
     * named), the text, the export and lines it is read from, and each term with its confirmation check.
     */
    private static Entry chatEntry(Manifest.Message m, DatedMessage dated, String text) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Field("Chat", m.subject(), false));
        blocks.add(new Field("Date (phone)", m.date().isEmpty() ? "(no date)" : format(dated.message().date())
                + (dated.message().fromChat() ? " (" + dated.message().chat().zone() + ", " + zoneSource(dated.message().chat().zoneSource()) + ")" : ""), false));
        if (!m.dateUtc().isEmpty()) blocks.add(new Field("UTC", format(dated.message().date().withOffsetSameInstant(java.time.ZoneOffset.UTC)), false));
        if (dated.customerLocalDate() != null) {
            blocks.add(new Field(dated.customer().isEmpty() ? "Customer's time" : dated.customer(),
                    format(dated.customerLocalDate()) + " (" + zoneName(dated.customerZone()) + ")", false));
        }
        blocks.add(new Field("From", m.from(), false));
        blocks.add(new Field("Chat members", String.join("\n", m.to()), false));
        if (!text.isEmpty()) blocks.add(new Field("Message", text, false));
        if (!m.orders().isEmpty()) blocks.add(new Field("Orders", String.join(", ", m.orders()), false));
        blocks.add(new Field("Original", m.file() + " (WhatsApp export, " + m.size() + " bytes), lines " + m.lines()
                + " of its chat text\nSHA-256 " + m.sha256(), false));
        for (Manifest.Variant v : m.variants()) {
            blocks.add(new Field("Later export", v.file() + " (" + v.size() + " bytes)\nSHA-256 " + v.sha256(), false));
        }
        if (!m.clauses().isEmpty()) blocks.add(new Heading("Terms stated in chat"));
        for (TradeFacts.ClauseFact c : m.clauses()) {
            blocks.add(new Field(c.type(), c.sentence(), true));
            blocks.add(new Field("", "read as: " + c.value(), false));
            for (Manifest.Agreement a : m.agreements()) {
                if (!a.type().equals(c.type()) || !a.value().equals(c.value())) continue;
                boolean open = a.status().equals("unconfirmed");
                String by = a.confirmedByBates().isEmpty() ? "email " + a.confirmedBy() : a.confirmedByBates();
                blocks.add(new Field("Confirmation", open
                        ? "UNCONFIRMED: no later email" + (a.order().isEmpty() ? "" : " about " + a.order()) + " states this term with this value"
                        : "confirmed by " + by + " of " + a.confirmedAt(), open));
            }
        }
        if (!m.attachments().isEmpty()) blocks.add(new Heading("Attachments"));
        for (Manifest.Attachment a : m.attachments()) {
            String where = a.file().isEmpty() ? "(could not be read back from the export)" : a.file();
            blocks.add(new Field("#" + (a.index() + 1), a.name() + "\n" + where + " · " + a.contentType() + " · " + a.size()
                    + " bytes\nSHA-256 " + a.sha256(), false));
        }
        return new Entry(m.bates(), m.bates() + "  WhatsApp " + m.chat() + ", lines " + m.lines(), List.copyOf(blocks));
    }

    private static String zoneSource(String source) {
        return switch (source) {
            case "given" -> "zone given at import";
            case "company" -> "the company's zone, assumed";
            case "guessed" -> "our mail's zone, assumed";
            default -> "zone assumed";
        };
    }

    private static String zoneName(java.time.ZoneId zone) {
        return zone.equals(java.time.ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private static String format(OffsetDateTime date) {
        return WHEN.format(date);
    }

    private static String span(List<Manifest.Message> messages) {
        List<String> dates = messages.stream().map(Manifest.Message::dateUtc).filter(d -> !d.isEmpty()).sorted().toList();
        return dates.isEmpty() ? "" : " (" + dates.getFirst().substring(0, 10) + " to " + dates.getLast().substring(0, 10) + " UTC)";
    }
}
