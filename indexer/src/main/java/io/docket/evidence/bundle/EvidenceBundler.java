package io.docket.evidence.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    private final CustodyLog custody;
    private final TradeEvidenceService evidence;
    private final Supplier<ArchiveKey> key;

    /** @param key the archive's signing key, asked for only when a bundle is actually made */
    public EvidenceBundler(BundleConfig config, ArchiveStore store, ThreadTable threads, MimeParser parser, CustodyLog custody,
                           TradeEvidenceService evidence, Supplier<ArchiveKey> key) {
        this.config = config;
        this.store = store;
        this.threads = threads;
        this.parser = parser;
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
        try (BundleZip zip = new BundleZip(out, created)) {
            for (DatedMessage d : dated) {
                Manifest.Message m = writeMessage(zip, messages.size() + 1, d.message());
                attachments += m.attachments().size();
                messages.add(m);
            }
            zip.add(CUSTODY_FILE, custodyJson(dated));
            Manifest.File csv = zip.add(ManifestCsv.FILE, ManifestCsv.write(messages));
            Timeline timeline = Timeline.of(new Timeline.Facts(id, request.describe(), created.toString(), actor, attachments,
                    csv.sha256(), signer.fingerprint()), messages, dated);
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

    /** @param counted the messages whose customers decide whose local time the others are shown in */
    private record Selection(List<MessageRecord> records, Set<String> counted) {}

    private Selection select(BundleRequest request) {
        String value = request.value();
        Set<String> naming = null;
        List<String> ids;
        switch (request.kind()) {
            case ORDER -> {
                OrderEvidence order = evidence.order(value).orElseThrow(() -> new NothingToExportException("no message names order " + value));
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
        return new Selection(records, naming != null ? naming : new java.util.HashSet<>(ids));
    }

    private Manifest.Message writeMessage(BundleZip zip, int seq, MessageRecord r) {
        String bates = config.bates(seq);
        byte[] raw = original(r, r.firstSha256());
        Manifest.File eml = zip.add(bates + ".eml", raw);

        List<Manifest.Attachment> attachments = new ArrayList<>();
        for (MessageRecord.AttachmentInfo a : r.attachments()) {
            Optional<byte[]> bytes = parser.attachmentBytes(raw, a.index());
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
            Manifest.File other = zip.add(bates + "-v" + (v + 1) + ".eml", original(r, r.variants().get(v).sha256()));
            variants.add(new Manifest.Variant(other.name(), other.sha256(), other.size()));
        }
        return new Manifest.Message(seq, bates, eml.name(), eml.sha256(), eml.size(), r.id(), r.messageId(),
                r.date() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.date()),
                r.date() == null ? "" : r.date().toInstant().toString(),
                r.from().display(), r.to().stream().map(Address::display).toList(), r.cc().stream().map(Address::display).toList(),
                r.subject(), attachments, variants, r.folders(), r.trade().orders().stream().map(TradeFacts.OrderRef::number).toList(),
                r.trade().clauses());
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
