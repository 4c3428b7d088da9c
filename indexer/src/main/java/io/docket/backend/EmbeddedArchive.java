package io.docket.backend;

import io.docket.access.NotPermittedException;
import io.docket.access.Scope;
import io.docket.model.MessageRecord;
import io.docket.config.TradeConfig;
import io.docket.customer.CustomerDirectory;
import io.docket.evidence.ArchiveVerifier;
import io.docket.evidence.CustomerSummary;
import io.docket.evidence.OrderEvidence;
import io.docket.evidence.OrderSummary;
import io.docket.evidence.TradeEvidenceService;
import io.docket.evidence.bundle.ArchiveKey;
import io.docket.evidence.bundle.BundleConfig;
import io.docket.evidence.bundle.BundleRequest;
import io.docket.evidence.bundle.BundleSummary;
import io.docket.evidence.bundle.EvidenceBundler;
import io.docket.evidence.bundle.ExportRetention;
import io.docket.search.TradeAggregator;
import io.docket.extract.trade.OrderPatterns;
import io.docket.extract.trade.TradeAnalyzer;
import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.index.MessageIndex;
import io.docket.ingest.IngestConfig;
import io.docket.ingest.IngestPipeline;
import io.docket.ingest.OutcomeListeners;
import io.docket.model.MessageRecord;
import io.docket.model.Sha256;
import io.docket.parse.MimeParser;
import io.docket.search.LuceneSearchService;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatLimits;
import io.docket.ingest.ChatImport;
import io.docket.ingest.ChatImportException;
import io.docket.ingest.ChatImportReport;
import io.docket.parse.chat.ChatOriginals;
import io.docket.parse.chat.DateOrder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import io.docket.search.SearchRequest;
import io.docket.search.SearchResult;
import io.docket.store.ArchiveStore;
import io.docket.store.StoreHarvestState;
import io.docket.store.ThreadTable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import io.docket.search.QueryCompiler;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default, single-machine archive: a RocksDB store and a Lucene index under one data folder,
 * and the ingest pipeline that keeps them consistent. Opening it replays anything the store holds
 * that the index lacks (a crash between the two).
 */
public final class EmbeddedArchive implements ArchiveBackend {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedArchive.class);

    private final Path dataDir;
    private final MimeParser parser;
    /** Reads an original to show it: no attachment text (see {@link MimeParser#withoutAttachmentText}). */
    private final MimeParser viewParser;
    private final ChatOriginals chats;
    private final TradeConfig tradeConfig;
    private final TradeAnalyzer trade;
    private final ArchiveStore store;
    private final MessageIndex index;
    private final OutcomeListeners listeners = new OutcomeListeners();
    private final IngestPipeline pipeline;
    private final StoreHarvestState harvestState;
    private final ThreadTable threads;
    private final LuceneSearchService search;
    private final TradeEvidenceService evidence;
    private final EvidenceBundler bundler;
    private volatile ArchiveKey key;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private EmbeddedArchive(Path dataDir, MimeParser parser, QueryCompiler compiler, TradeConfig tradeConfig,
                            IngestConfig config) {
        this.dataDir = dataDir;
        this.parser = parser;
        this.viewParser = parser.withoutAttachmentText();
        this.tradeConfig = tradeConfig;
        this.trade = new TradeAnalyzer(OrderPatterns.withPatterns(tradeConfig.orderPatterns().toArray(String[]::new)),
                new CustomerDirectory(tradeConfig));
        this.store = ArchiveStore.open(dataDir.resolve("store"));
        MessageIndex openedIndex;
        try {
            openedIndex = MessageIndex.open(dataDir.resolve("index"), MessageIndex.RAM_BUFFER_MB);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        this.index = openedIndex;
        this.chats = new ChatOriginals(parser.extractor(), ChatLimits.DEFAULTS);
        this.pipeline = new IngestPipeline(store, index, parser, chats, trade, config, listeners);
        this.harvestState = new StoreHarvestState(store);
        this.threads = new ThreadTable(store);
        this.search = new LuceneSearchService(index, store, compiler);
        this.evidence = new TradeEvidenceService(store, threads, new TradeAggregator(index), trade.customers(),
                tradeConfig.companyZone(), compiler, trade.orderNumbers());
        this.bundler = new EvidenceBundler(BundleConfig.DEFAULTS, store, threads, parser, chats, pipeline.custody(), evidence, this::key);
        int replayed = pipeline.reindexPending();
        if (replayed > 0) LOG.info("re-indexed {} message(s) found in the store but not in the index", replayed);
    }

    public static EmbeddedArchive open(Path dataDir, MimeParser parser, QueryCompiler compiler,
                                       TradeConfig trade, IngestConfig config) {
        return new EmbeddedArchive(dataDir.toAbsolutePath().normalize(), parser, compiler, trade, config);
    }

    public TradeConfig tradeConfig() {
        return tradeConfig;
    }

    public CustomerDirectory customerDirectory() {
        return trade.customers();
    }

    public Path dataDir() {
        return dataDir;
    }

    public ArchiveStore store() {
        return store;
    }

    public IngestPipeline pipeline() {
        return pipeline;
    }

    @Override
    public MessageSink sink() {
        return pipeline;
    }

    @Override
    public OutcomeListeners listeners() {
        return listeners;
    }

    @Override
    public HarvestState harvestState() {
        return harvestState;
    }

    public ArchiveVerifier.Report verify() {
        return new ArchiveVerifier(store, pipeline.custody()).verify();
    }

    public List<StoreHarvestState.Entry> harvestedFolders() {
        return harvestState.all();
    }

    /**
     * Prepares what searches read from each segment ahead of them, now and for every new segment from here on:
     * for a server, where the first search after a start, a merge or a refresh should not pay for it. Takes as
     * long as that work on the current segments (0.1-0.4 s at 1M messages).
     */
    public void keepSearchesWarm() {
        index.keepWarm(search::warm);
    }

    /** Makes what the pipeline has indexed visible to searches without a commit (cheap when nothing changed). */
    public void refresh() {
        index.refresh();
    }

    @Override
    public void commit() throws InterruptedException {
        pipeline.commit();
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return search.search(request);
    }

    @Override
    public Optional<MessageView> message(String id) {
        return store.message(id).flatMap(this::messageOf);
    }

    private Optional<MessageView> messageOf(MessageRecord record) {
        if (!record.fromChat()) return store.original(record.firstSha256()).map(raw -> new MessageView(record, viewParser.parse(raw)));
        Supplier<Optional<byte[]>> export = () -> store.original(record.firstSha256());
        return chats.read(record.firstSha256(), record.chat(), export).map(read -> new MessageView(record, read.parsed(),
                chats.lines(record.firstSha256(), record.chat(), export).orElse("")));
    }

    /** A chat message's original is its whole export, byte for byte (the Digest must hold); its own lines are in {@link #message}. */
    @Override
    public Optional<RawOriginal> raw(String id, Optional<Sha256> variant) {
        return store.message(id).flatMap(record -> rawOf(record, variant));
    }

    private Optional<RawOriginal> rawOf(MessageRecord record, Optional<Sha256> variant) {
        Sha256 sha = variant.orElse(record.firstSha256());
        boolean belongs = record.variants().stream().anyMatch(v -> v.sha256().equals(sha));
        if (!belongs) return Optional.empty();
        if (!record.fromChat()) return store.original(sha).map(bytes -> new RawOriginal(sha, bytes));
        return store.original(sha).map(bytes -> {
            boolean zip = bytes.length > 3 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
            String name = sha.equals(record.firstSha256()) ? record.chat().file()
                    : "whatsapp-export-" + sha.hex().substring(0, 12) + (zip ? ".zip" : ".txt");
            return new RawOriginal(sha, bytes, zip ? "application/zip" : "text/plain; charset=utf-8", name);
        });
    }

    @Override
    public Optional<AttachmentContent> attachment(String id, int index) {
        return store.message(id).flatMap(record -> attachmentOf(record, index));
    }

    private Optional<AttachmentContent> attachmentOf(MessageRecord record, int index) {
        return record.attachments().stream().filter(a -> a.index() == index).findFirst()
                .flatMap(info -> attachmentBytes(record, index).map(bytes -> new AttachmentContent(info.name(), info.contentType(), bytes)));
    }

    private Optional<byte[]> attachmentBytes(MessageRecord record, int index) {
        if (record.fromChat()) {
            return chats.attachmentBytes(record.firstSha256(), record.chat(), () -> store.original(record.firstSha256()), index);
        }
        return store.original(record.firstSha256()).flatMap(raw -> parser.attachmentBytes(raw, index));
    }

    /**
     * Archives a WhatsApp export. The phone's local times are read in the zone given, else the company's
     * configured zone, else the one our own mail shows; with none of these the import is refused.
     */
    @Override
    public ChatImportReport importChat(ChatExport export, String account, String customer, Optional<DateOrder> dateOrder,
                                       Optional<ZoneId> zone) {
        ZoneId chosen;
        String why;
        if (zone.isPresent()) {
            chosen = zone.get();
            why = "given";
        } else if (tradeConfig.companyZone() != null) {
            chosen = tradeConfig.companyZone();
            why = "company";
        } else {
            Optional<ZoneId> guessed = evidence.guessedCompanyZone();
            if (guessed.isEmpty()) {
                throw new ChatImportException("no time zone for the export's local times: give the zone of the exporting phone "
                        + "(--zone Asia/Shanghai; zone= in the API) or set company.timeZone in docket.yml");
            }
            chosen = guessed.get();
            why = "guessed";
        }
        return pipeline.importChat(new ChatImport(export, account, customer, dateOrder, chosen, why));
    }

    @Override
    public Optional<ThreadView> thread(String threadId) {
        List<MessageRecord> members = threads.messages(threadId).stream()
                .map(store::message).flatMap(Optional::stream).toList();
        return members.isEmpty() ? Optional.empty() : Optional.of(ThreadView.of(threadId, members));
    }

    @Override
    public ArchiveStats stats() {
        return new ArchiveStats(store.counter("messages"), store.counter("originals"), store.counter("attachments"),
                store.counter("threads"), store.counter("warnings"), index.sizeOnDisk(), store.sizeOnDisk());
    }

    @Override
    public Optional<OrderEvidence> orderEvidence(String order) {
        return evidence.order(order);
    }

    @Override
    public List<io.docket.evidence.OpenAgreement> unconfirmed() {
        return evidence.unconfirmed();
    }

    @Override
    public List<OrderSummary> orders(String query) {
        return evidence.orders(query);
    }

    @Override
    public List<CustomerSummary> customers() {
        return evidence.customers();
    }

    @Override
    public Optional<CustomerSummary> customer(String id) {
        return evidence.customer(id);
    }

    @Override
    public List<OrderSummary> customerOrders(String id) {
        return evidence.ordersOf(id);
    }

    @Override
    public BundleSummary exportBundle(BundleRequest request, String actor, OutputStream out) {
        return bundler.export(request, actor, out);
    }

    /** Written beside the final name and moved into place, so a download never sees half a bundle. */
    @Override
    public BundleSummary createExport(BundleRequest request, String actor) {
        Path dir = exportsDir();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, "export-", ".part");
            BundleSummary summary;
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp))) {
                summary = bundler.export(request, actor, out);
            }
            Files.move(temp, dir.resolve(summary.id() + ".zip"), StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bundle under " + dir, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray .part file is harmless; the next export writes its own
                }
            }
        }
    }

    @Override
    public Optional<Path> exportedBundle(String id) {
        if (id == null || !id.matches(EvidenceBundler.ID_PATTERN)) return Optional.empty();
        Path file = exportsDir().resolve(id + ".zip");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public List<String> expireExports(Duration keep) {
        return ExportRetention.expire(exportsDir(), keep, Instant.now());
    }

    @Override
    public String publicKeyPem() {
        return key().publicKeyPem();
    }

    private ArchiveKey key() {
        ArchiveKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) key = ArchiveKey.openOrCreate(dataDir.resolve("keys"));
                k = key;
            }
        }
        return k;
    }

    private Path exportsDir() {
        return dataDir.resolve("exports");
    }

    @Override
    public ArchiveReader visibleTo(Scope scope) {
        return scope.all() ? this : new ScopedView(scope);
    }

    /**
     * The archive limited to a scope. Searches and aggregations carry the scope as a filter inside the
     * query; by-id reads check the record, and a message outside the scope is answered exactly like one
     * that does not exist, so ids cannot be probed.
     */
    private final class ScopedView implements ArchiveReader {
        private final Scope scope;

        ScopedView(Scope scope) {
            this.scope = scope;
        }

        /** The record, when the scope may see it: read once, then used for the answer too. */
        private Optional<MessageRecord> visible(String id) {
            return store.message(id).filter(scope::allows);
        }

        @Override
        public SearchResult search(SearchRequest request) {
            return search.search(request, scope);
        }

        @Override
        public Optional<MessageView> message(String id) {
            return visible(id).flatMap(EmbeddedArchive.this::messageOf);
        }

        @Override
        public Optional<RawOriginal> raw(String id, Optional<Sha256> variant) {
            return visible(id).flatMap(record -> rawOf(record, variant));
        }

        @Override
        public Optional<AttachmentContent> attachment(String id, int index) {
            return visible(id).flatMap(record -> attachmentOf(record, index));
        }

        @Override
        public Optional<ThreadView> thread(String threadId) {
            List<MessageRecord> members = threads.messages(threadId).stream()
                    .map(store::message).flatMap(Optional::stream).filter(scope::allows).toList();
            return members.isEmpty() ? Optional.empty() : Optional.of(ThreadView.of(threadId, members));
        }

        @Override
        public ArchiveStats stats() {
            long visible = search.search(new SearchRequest("", 0, 0, SearchRequest.SortOrder.RELEVANCE, false, false), scope).total();
            // Counts of the whole archive would tell a rep how much mail exists beyond their customers.
            return new ArchiveStats(visible, 0, 0, 0, 0, 0, 0);
        }

        @Override
        public Optional<OrderEvidence> orderEvidence(String order) {
            return evidence.order(order, scope);
        }

        @Override
        public List<io.docket.evidence.OpenAgreement> unconfirmed() {
            return evidence.unconfirmed(scope);
        }

        @Override
        public List<OrderSummary> orders(String query) {
            return evidence.orders(query, scope);
        }

        @Override
        public List<CustomerSummary> customers() {
            return evidence.customers(scope);
        }

        @Override
        public Optional<CustomerSummary> customer(String id) {
            return scope.allowsCustomer(id) ? evidence.customer(id) : Optional.empty();
        }

        @Override
        public List<OrderSummary> customerOrders(String id) {
            return evidence.ordersOf(id, scope);
        }

        @Override
        public BundleSummary exportBundle(BundleRequest request, String actor, OutputStream out) {
            throw notPermitted();
        }

        @Override
        public BundleSummary createExport(BundleRequest request, String actor) {
            throw notPermitted();
        }

        @Override
        public Optional<Path> exportedBundle(String id) {
            throw notPermitted();
        }

        @Override
        public String publicKeyPem() {
            return EmbeddedArchive.this.publicKeyPem();
        }

        private NotPermittedException notPermitted() {
            return new NotPermittedException("evidence bundles are exported by legal staff and admins; ask them for this one");
        }
    }

    /** Idempotent: the server's shutdown path and a try-with-resources may both close it. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        try {
            pipeline.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            index.close();
            store.close();
        }
    }
}
