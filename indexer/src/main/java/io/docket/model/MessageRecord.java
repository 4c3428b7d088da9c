package io.docket.model;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the archive keeps about one message besides its originals: identity, every raw variant
 * archived (same Message-ID, different bytes), every place it was seen, its thread, and the summary
 * a search hit shows. Immutable; the store writes a new record on every change.
 */
public record MessageRecord(
        String id,
        String messageId,
        List<Variant> variants,
        List<Place> places,
        String threadId,
        List<String> parentIds,
        String subject,
        Address from,
        List<Address> to,
        List<Address> cc,
        OffsetDateTime date,
        List<AttachmentInfo> attachments,
        String language,
        List<ParseWarning> warnings,
        String source,
        TradeFacts trade,
        ChatRef chat) {
    /** {@link #source()} of mail. */
    public static final String EMAIL = "email";
    /** {@link #source()} of a message read from a WhatsApp export. */
    public static final String WHATSAPP = "whatsapp";

    /** One archived original of the message, keyed by its SHA-256. */
    public record Variant(Sha256 sha256, long size, long archivedAtMillis) {}

    /** An attachment as listed in a hit (its text lives in the index, its bytes in the original). */
    public record AttachmentInfo(int index, String name, String contentType, long size, Sha256 sha256) {
        /** The attachments a parse found, as a record lists them. */
        public static List<AttachmentInfo> of(ParsedMessage parsed) {
            List<AttachmentInfo> out = new ArrayList<>();
            for (Attachment a : parsed.attachments()) out.add(new AttachmentInfo(a.index(), a.filename(), a.contentType(), a.size(), a.sha256()));
            return out;
        }
    }

    public MessageRecord {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("message record needs an id");
        messageId = messageId == null ? "" : messageId;
        variants = List.copyOf(variants);
        places = List.copyOf(places);
        threadId = threadId == null ? "" : threadId;
        parentIds = List.copyOf(parentIds == null ? List.of() : parentIds);
        subject = subject == null ? "" : subject;
        from = from == null ? new Address("", "") : from;
        to = List.copyOf(to == null ? List.of() : to);
        cc = List.copyOf(cc == null ? List.of() : cc);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
        language = language == null ? "" : language;
        warnings = List.copyOf(warnings == null ? List.of() : warnings);
        source = source == null || source.isBlank() ? EMAIL : source;
        trade = trade == null ? TradeFacts.EMPTY : trade;
        if (chat != null && source.equals(EMAIL)) throw new IllegalArgumentException("an email has no chat position");
    }

    /** A record of mail (no chat position). */
    public MessageRecord(String id, String messageId, List<Variant> variants, List<Place> places, String threadId,
                         List<String> parentIds, String subject, Address from, List<Address> to, List<Address> cc,
                         OffsetDateTime date, List<AttachmentInfo> attachments, String language, List<ParseWarning> warnings,
                         String source, TradeFacts trade) {
        this(id, messageId, variants, places, threadId, parentIds, subject, from, to, cc, date, attachments, language, warnings,
                source, trade, null);
    }

    /** The record of mail archived for the first time: its one variant, the place it was seen, and its summary. */
    public static MessageRecord firstOf(String id, ParsedMessage parsed, TradeFacts facts, Variant variant, Place place, String threadId) {
        List<String> parents = new ArrayList<>(parsed.inReplyTo());
        if (parents.isEmpty() && !parsed.references().isEmpty()) parents.add(parsed.references().getLast());
        return new MessageRecord(id, parsed.messageId(), List.of(variant), List.of(place), threadId, parents,
                parsed.subject(), parsed.from(), parsed.to(), parsed.cc(), parsed.date(), AttachmentInfo.of(parsed),
                parsed.language(), parsed.warnings(), EMAIL, facts);
    }

    public boolean fromChat() {
        return chat != null;
    }

    public MessageRecord withVariant(Variant variant) {
        List<Variant> more = new ArrayList<>(variants);
        more.add(variant);
        return new MessageRecord(id, messageId, more, places, threadId, parentIds, subject, from, to, cc, date,
                attachments, language, warnings, source, trade, chat);
    }

    public MessageRecord withPlace(Place place) {
        LinkedHashSet<Place> more = new LinkedHashSet<>(places);
        more.add(place);
        return new MessageRecord(id, messageId, variants, List.copyOf(more), threadId, parentIds, subject, from, to,
                cc, date, attachments, language, warnings, source, trade, chat);
    }

    public MessageRecord withThread(String newThreadId) {
        return new MessageRecord(id, messageId, variants, places, newThreadId, parentIds, subject, from, to, cc, date,
                attachments, language, warnings, source, trade, chat);
    }

    public MessageRecord withTrade(TradeFacts facts) {
        return new MessageRecord(id, messageId, variants, places, threadId, parentIds, subject, from, to, cc, date,
                attachments, language, warnings, source, facts, chat);
    }

    /** Folder names where the message was seen, without repeats, in first-seen order. */
    public List<String> folders() {
        return places.stream().map(Place::folder).filter(f -> !f.isEmpty()).distinct().toList();
    }

    public Sha256 firstSha256() {
        return variants.getFirst().sha256();
    }
}
