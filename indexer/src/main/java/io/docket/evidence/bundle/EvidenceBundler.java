package io.docket.evidence.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.docket.evidence.ChatAgreement;
import io.docket.evidence.CustodyEntry;
import io.docket.evidence.CustodyLog;
import io.docket.evidence.DatedMessage;
import io.docket.evidence.OrderEvidence;
import io.docket.evidence.TradeEvidenceService;
import io.docket.model.Address;
import io.docket.model.MessageRecord;
import io.docket.model.Sha256;
import io.docket.model.TradeFacts;
import io.docket.parse.MimeParser;
import io.docket.parse.chat.ChatOriginals;
import io.docket.store.ArchiveStore;
import io.docket.store.StoreCodec;
import io.docket.store.ThreadTable;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds evidence bundles: the originals a request selects, byte for byte and Bates-numbered in time
 * order, their attachments, the manifest (JSON and CSV), the timeline (PDF and HTML), the custody log
 * entries of those messages and the manifest's signature; then records the export in the custody log.
 * Reads the store and the index only; the zip is streamed, so a large bundle never sits in memory.
 */
public final class EvidenceBundler {
    /** Bundle ids: creation time (UTC) and 24 random bits, readable and safe as a file name. */
    public static final String ID_PATTERN = "\\d{8}T\\d{6}Z-[0-9a-f]{6}";
    public static final String CUSTODY_FILE = "custody.json";
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = StoreCodec.newMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final BundleConfig config;
    private final ArchiveStore store;
    private final ThreadTable threads;
    private final MimeParser parser;
    private final ChatOriginals chats;
    private final CustodyLog custody;
    private final TradeEvidenceService evidence;
    private final Supplier<ArchiveKey> key;

    /** @param key the archive's signing key, asked for only when a bundle is actually made */
    public EvidenceBundler(BundleConfig config, ArchiveStore store, ThreadTable threads, MimeParser parser, ChatOriginals chats,
                           CustodyLog custody, TradeEvidenceService evidence, Supplier<ArchiveKey> key) {
        this.config = config;
        this.store = store;
        this.threads = threads;
        this.parser = parser;
        this.chats = chats;
        this.custody = custody;
        this.evidence = evidence;
        this.key = key;
    }

    /**
     * Writes the bundle to {@code out} (left open) and appends one "bundle-exported" custody entry per
     * message, naming the bundle, the Bates number and the manifest's SHA-256.
     *
     * @throws NothingToExportException when the request selects no message
     * @throws BundleTooLargeException  when it selects more than {@link BundleConfig#maxMessages()}
     * @throws io.docket.search.InvalidQueryException for a query that does not parse
     */
    public BundleSummary export(BundleRequest request, String actor, OutputStream out) {
        Selection selection = select(request);
        List<DatedMessage> dated = evidence.dated(selection.records(), selection.counted());
        Instant created = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String id = ID_TIME.format(created) + "-" + String.format(Locale.ROOT, "%06x", RANDOM.nextInt(1 << 24));
        ArchiveKey signer = key.get();

        List<Manifest.Message> messages = new ArrayList<>();
        Manifest.File manifestFile;
        int attachments = 0;
        int files;
        Map<String, String> bates = new HashMap<>();
        for (int i = 0; i < dated.size(); i++) bates.put(dated.get(i).message().id(), config.bates(i + 1));
        Map<String, List<ChatAgreement>> agreements = agreements(selection, dated);
        Map<Sha256, Manifest.File> exports = new HashMap<>();
        try (BundleZip zip = new BundleZip(out, created)) {
            for (DatedMessage d : dated) {
                Manifest.Message m = writeMessage(zip, messages.size() + 1, d.message(), exports,
                        manifestAgreements(agreements.getOrDefault(d.message().id(), List.of()), bates));
                attachments += m.attachments().size();
                messages.add(m);
            }
            zip.add(CUSTODY_FILE, custodyJson(dated));
            Manifest.File csv = zip.add(ManifestCsv.FILE, ManifestCsv.write(messages));
            Timeline timeline = Timeline.of(new Timeline.Facts(id, request.describe(), created.toString(), actor, attachments,
                    csv.sha256(), signer.fingerprint()), messages, dated, chatTexts(dated));
            zip.add(TimelineHtml.FILE, TimelineHtml.write(timeline));
            zip.add(TimelinePdf.FILE, TimelinePdf.write(timeline, "Docket evidence bundle " + id + " · " + request.describe(), created));

            files = zip.files().size();
            Manifest manifest = new Manifest(Manifest.FORMAT, id, created.toString(), actor,
                    new Manifest.Request(request.kind().label(), request.value()),
                    new Manifest.Signing("Ed25519", Manifest.SIGNATURE_FILE, Base64.getEncoder().encodeToString(signer.publicKey().getEncoded()),
                            signer.fingerprint()),
                    new Manifest.Counts(messages.size(), attachments, files), messages, zip.files());
            byte[] manifestBytes = json(manifest);
            manifestFile = zip.add(Manifest.FILE, manifestBytes);
            zip.add(Manifest.SIGNATURE_FILE, signer.sign(manifestBytes));
        }

        List<CustodyLog.Subject> subjects = messages.stream().map(m -> new CustodyLog.Subject(m.id(), m.sha256(),
                "bundle " + id + " (" + request.describe() + ") as " + m.bates() + "; manifest.json sha256 " + manifestFile.sha256())).toList();
        custody.recordEach(actor, "bundle-exported", subjects);
        return new BundleSummary(id, request.describe(), messages.size(), attachments, files + 2, manifestFile.sha256(),
                signer.fingerprint());
    }

    /**
     * @param counted the messages whose customers decide whose local time the others are shown in
     * @param order   the order's evidence when the request is an order, else null
     */
    private record Selection(List<MessageRecord> records, Set<String> counted, OrderEvidence order) {}

    /**
     * The confirmation check of every chat message in the bundle: an order's own when the bundle is an
     * order's, and for any bundle those of the orders a chat message names itself.
     */
    private Map<String, List<ChatAgreement>> agreements(Selection selection, List<DatedMessage> dated) {
        Map<String, List<ChatAgreement>> out = new HashMap<>();
        Map<String, Optional<OrderEvidence>> orders = new HashMap<>();
        if (selection.order() != null) orders.put(selection.order().key(), Optional.of(selection.order()));
        List<String> keys = new ArrayList<>(orders.keySet());
        for (DatedMessage d : dated) if (d.message().fromChat()) d.message().trade().orderKeys().forEach(k -> { if (!keys.contains(k)) keys.add(k); });
        Set<String> chatIds = new java.util.HashSet<>();
        for (DatedMessage d : dated) if (d.message().fromChat()) chatIds.add(d.message().id());
        if (chatIds.isEmpty()) return out;
        for (String key : keys) {
            Optional<OrderEvidence> ev = orders.computeIfAbsent(key, evidence::order);
            if (ev.isEmpty()) continue;
            for (ChatAgreement a : ev.get().chatAgreements()) {
                if (!chatIds.contains(a.chat().id())) continue;
                List<ChatAgreement> list = out.computeIfAbsent(a.chat().id(), k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> x.clause().equals(a.clause()) && x.confirmed() == a.confirmed())) list.add(a);
            }
        }
        return out;
    }

    private static List<Manifest.Agreement> manifestAgreements(List<ChatAgreement> agreements, Map<String, String> bates) {
        return agreements.stream().map(a -> new Manifest.Agreement(String.join(", ", a.chat().trade().orders().stream()
                .map(TradeFacts.OrderRef::number).toList()), a.clause().type(), a.clause().value(), a.status(),
                a.confirmed() ? a.confirmedBy().id() : "", a.confirmed() ? bates.getOrDefault(a.confirmedBy().id(), "") : "",
                a.confirmed() && a.confirmedBy().date() != null ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(a.confirmedBy().date()) : ""))
                .toList();
    }

    private Selection select(BundleRequest request) {
        String value = request.value();
        Set<String> naming = null;
        List<String> ids;
        OrderEvidence order = null;
        switch (request.kind()) {
            case ORDER -> {
                order = evidence.order(value).orElseThrow(() -> new NothingToExportException("no message names order " + value));
                ids = order.items().stream().map(i -> i.message().id()).toList();
                naming = order.items().stream().filter(i -> !i.viaThread()).map(i -> i.message().id()).collect(java.util.stream.Collectors.toSet());
            }
            case QUERY -> ids = evidence.ids(value);
            case THREAD -> ids = threads.messages(value);
            default -> throw new IllegalArgumentException(request.kind().label());
        }
        if (ids.isEmpty()) {
            throw new NothingToExportException(request.kind() == BundleRequest.Kind.QUERY
                    ? "no message matches the query " + value : "no thread with id " + value);
        }
        if (ids.size() > config.maxMessages()) {
            throw new BundleTooLargeException(request.describe() + " selects " + ids.size() + " messages; a bundle holds at most "
                    + config.maxMessages() + ": narrow the request");
        }
        List<MessageRecord> records = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) store.message(id).ifPresent(records::add);
        if (records.isEmpty()) throw new NothingToExportException("the messages of " + request.describe() + " are not in the store");
        return new Selection(records, naming != null ? naming : new java.util.HashSet<>(ids), order);
    }

    private Manifest.Message writeMessage(BundleZip zip, int seq, MessageRecord r, Map<Sha256, Manifest.File> exports,
                                          List<Manifest.Agreement> agreements) {
        String bates = config.bates(seq);
        byte[] raw = original(r, r.firstSha256());
        Manifest.File eml = r.fromChat() ? export(zip, exports, bates, r.firstSha256(), raw) : zip.add(bates + ".eml", raw);

        List<Manifest.Attachment> attachments = new ArrayList<>();
        for (MessageRecord.AttachmentInfo a : r.attachments()) {
            Optional<byte[]> bytes = r.fromChat()
                    ? chats.attachmentBytes(r.firstSha256(), r.chat(), () -> Optional.of(raw), a.index())
                    : parser.attachmentBytes(raw, a.index());
            if (bytes.isEmpty()) {
                // Listed, not hidden: the original in the bundle still carries the part as it was sent.
                attachments.add(new Manifest.Attachment(a.index(), "", a.name(), a.contentType(), a.size(),
                        a.sha256() == null ? "" : a.sha256().hex()));
                continue;
            }
            String file = String.format(Locale.ROOT, "%s-%02d-%s", bates, a.index() + 1, FileNames.safe(a.name(), "attachment"));
            Manifest.File written = zip.add(file, bytes.get());
            attachments.add(new Manifest.Attachment(a.index(), file, a.name(), a.contentType(), written.size(), written.sha256()));
        }
        List<Manifest.Variant> variants = new ArrayList<>();
        for (int v = 1; v < r.variants().size(); v++) {
            Sha256 sha = r.variants().get(v).sha256();
            Manifest.File other = r.fromChat() ? export(zip, exports, bates + "-v" + (v + 1), sha, original(r, sha))
                    : zip.add(bates + "-v" + (v + 1) + ".eml", original(r, sha));
            variants.add(new Manifest.Variant(other.name(), other.sha256(), other.size()));
        }
        return new Manifest.Message(seq, bates, eml.name(), eml.sha256(), eml.size(), r.id(), r.messageId(),
                r.date() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.date()),
                r.date() == null ? "" : r.date().toInstant().toString(),
                r.from().display(), r.to().stream().map(Address::display).toList(), r.cc().stream().map(Address::display).toList(),
                r.subject(), attachments, variants, r.folders(), r.trade().orders().stream().map(TradeFacts.OrderRef::number).toList(),
                r.trade().clauses(), r.source(), r.fromChat() ? r.chat().title() : "", r.fromChat() ? r.chat().lines() : "", agreements);
    }

    /**
     * A chat export goes into the bundle once, named after the Bates number of the first message read from it
     * ("DKT-000003-chat.zip"); every message of it points there with its own line range.
     */
    private static Manifest.File export(BundleZip zip, Map<Sha256, Manifest.File> exports, String bates, Sha256 sha, byte[] bytes) {
        Manifest.File known = exports.get(sha);
        if (known != null) return known;
        boolean isZip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        Manifest.File written = zip.add(bates + "-chat." + (isZip ? "zip" : "txt"), bytes);
        exports.put(sha, written);
        return written;
    }

    private Map<String, String> chatTexts(List<DatedMessage> dated) {
        Map<String, String> out = new HashMap<>();
        for (DatedMessage d : dated) {
            MessageRecord r = d.message();
            if (!r.fromChat()) continue;
            chats.read(r.firstSha256(), r.chat(), () -> store.original(r.firstSha256())).ifPresent(read -> out.put(r.id(), read.message().text()));
        }
        return out;
    }

    /** The stored bytes, re-hashed: an original that no longer matches its key is never handed out as evidence. */
    private byte[] original(MessageRecord r, Sha256 sha) {
        byte[] raw = store.original(sha).orElseThrow(() -> new IllegalStateException(
                "original " + sha + " of message " + r.id() + " is missing from the store; run docket verify"));
        if (!Sha256.of(raw).equals(sha)) {
            throw new IllegalStateException("original " + sha + " of message " + r.id()
                    + " no longer matches its SHA-256 (the archive was altered; run docket verify): not exported");
        }
        return raw;
    }

    /** custody.json: every log entry about these messages, with the log's head so a reader can place them. */
    private byte[] custodyJson(List<DatedMessage> dated) {
        Set<String> ids = new LinkedHashSet<>();
        dated.forEach(d -> ids.add(d.message().id()));
        long headSequence = custody.headSequence();
        String head = custody.head();
        List<CustodyEntry> entries = custody.entriesFor(ids);
        return json(new CustodyExtract("Entries of the archive's hash-chained custody log about the messages of this bundle; "
                + "each entry's hash is the SHA-256 of its canonical form, which includes the hash of the entry before it.",
                headSequence, head, entries));
    }

    record CustodyExtract(String about, long logHeadSequence, String logHeadHash, List<CustodyEntry> entries) {}

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
