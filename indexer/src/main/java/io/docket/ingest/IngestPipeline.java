package io.docket.ingest;

import static io.docket.store.ArchiveStore.utf8;

import io.docket.evidence.CustodyLog;
import io.docket.harvest.MessageSink;
import io.docket.index.DocumentMapper;
import io.docket.index.MessageIndex;
import io.docket.model.DocketIds;
import io.docket.model.MessageRecord;
import io.docket.model.ParseWarning;
import io.docket.model.ParsedMessage;
import io.docket.model.TradeFacts;
import io.docket.customer.ChatParties;
import io.docket.customer.CustomerDirectory;
import io.docket.extract.trade.TradeAnalyzer;
import io.docket.parse.chat.ChatOriginals;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import io.docket.parse.MessageParser;
import io.docket.store.ArchiveStore;
import io.docket.store.ArchiveStore.Family;
import io.docket.store.ThreadTable;
import io.docket.thread.ThreadLinks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * parse → store → thread → index, for every source. Parsing (the expensive part: MIME, charsets,
 * Tika) runs on all cores; the few reads and writes that decide what a message is (new, variant,
 * duplicate) run under one lock so dedup is exact; index writes run in parallel again.
 *
 * <p>Crash safety: a message's store records and a PENDING_INDEX marker are written in one atomic
 * batch before its index document; markers are cleared only after an index commit that contains the
 * document. On open, {@link #reindexPending()} replays whatever the store holds and the index lacks.
 */
public final class IngestPipeline implements MessageSink, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestPipeline.class);
    private static final int STRIPES = 256;
    private static final int FALLBACK_BODY_CHARS = 100_000;

    final ArchiveStore store;
    private final MessageIndex index;
    private final MessageParser parser;
    private final ChatOriginals chats;
    private final ChatImporter chatImporter;
    private final Consumer<IngestOutcome> listener;
    private final IngestConfig config;
    final ThreadTable threads;
    final CustodyLog custody;
    final ArchiveCounters counters;
    final TradeAnalyzer trade;
    private final DocumentMapper mapper = new DocumentMapper();
    private final ExecutorService workers;
    private final Semaphore inFlight;
    final Object decisionLock = new Object();
    private final ReentrantLock[] idLocks = new ReentrantLock[STRIPES];
    final ReentrantReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final Set<String> indexedSinceCommit = ConcurrentHashMap.newKeySet();
    private final AtomicLong sinceCommit = new AtomicLong();
    private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

    public IngestPipeline(ArchiveStore store, MessageIndex index, MessageParser parser, ChatOriginals chats, TradeAnalyzer trade,
                          IngestConfig config, Consumer<IngestOutcome> listener) {
        this.store = store;
        this.index = index;
        this.parser = parser;
        this.chats = chats;
        this.chatImporter = new ChatImporter(this, chats);
        this.trade = trade;
        this.config = config;
        this.listener = listener;
        this.threads = new ThreadTable(store);
        this.custody = new CustodyLog(store);
        this.counters = new ArchiveCounters(store);
        this.workers = Executors.newFixedThreadPool(config.threads(), Thread.ofPlatform().name("docket-ingest-", 0).daemon().factory());
        this.inFlight = new Semaphore(config.threads() * config.queuePerThread());
        for (int i = 0; i < STRIPES; i++) idLocks[i] = new ReentrantLock();
    }

    public ArchiveCounters counters() {
        return counters;
    }

    @Override
    public void accept(RawMessage raw) throws InterruptedException {
        throwIfFailed();
        inFlight.acquire();
        try {
            workers.execute(() -> {
                try {
                    listener.accept(process(raw));
                } catch (RuntimeException e) {
                    fatal.compareAndSet(null, e);
                    LOG.error("archiving stopped: {}", e.getMessage(), e);
                    listener.accept(new IngestOutcome.Failed(raw.place(), e.getMessage()));
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    @Override
    public boolean alreadyHas(Place place) {
        return store.placeSeen(place);
    }

    /** Waits for every accepted message to be stored and indexed; then the store is synced to disk. */
    @Override
    public void flush() throws InterruptedException {
        int all = config.threads() * config.queuePerThread();
        inFlight.acquire(all);
        inFlight.release(all);
        throwIfFailed();
        store.sync();
    }

    /** Flushes, then commits the index and clears the pending markers it now covers. */
    public void commit() throws InterruptedException {
        flush();
        commitIndex();
    }

    private void throwIfFailed() {
        RuntimeException e = fatal.get();
        if (e != null) throw new IllegalStateException("archiving stopped after a store or index failure: " + e.getMessage(), e);
    }

    private IngestOutcome process(RawMessage raw) {
        if (store.placeSeen(raw.place())) {
            var owner = store.ownerOf(raw.sha256());
            if (owner.isPresent()) return new IngestOutcome.AlreadyArchived(owner.get(), raw.sha256(), raw.place());
        }
        ParsedMessage parsed = parseSafely(raw.bytes());
        TradeFacts facts = analyzeSafely(parsed);
        IngestOutcome outcome;
        List<String> moved;
        commitLock.readLock().lock();
        try {
            Decision decision;
            synchronized (decisionLock) {
                decision = decide(raw, parsed, facts);
            }
            outcome = decision.outcome();
            moved = decision.relabelled();
            switch (decision.reindex()) {
                case WITH_THIS_PARSE -> indexLatest(decision.id(), parsed);
                case FROM_FIRST_ORIGINAL -> reindexFromStore(decision.id());
                case NONE -> { }
            }
            for (String id : moved) reindexFromStore(id);
        } finally {
            commitLock.readLock().unlock();
        }
        if (sinceCommit.incrementAndGet() >= config.commitEvery()) commitIndex();
        return outcome;
    }

    private record Decision(String id, IngestOutcome outcome, Reindex reindex, List<String> relabelled) {}

    /**
     * What the index needs after a decision. The index shows a message's first original, as its record's summary and
     * the message view do: a later variant, or a copy of one seen in another folder, must not put its text in its place.
     */
    private enum Reindex { NONE, WITH_THIS_PARSE, FROM_FIRST_ORIGINAL }

    /** Runs under the decision lock: every read that a write depends on happens here. */
    private Decision decide(RawMessage raw, ParsedMessage parsed, TradeFacts facts) {
        long now = System.currentTimeMillis();
        Place place = raw.place();
        try (ArchiveStore.Batch batch = store.batch()) {
            var owner = store.ownerOf(raw.sha256());
            if (owner.isPresent()) {
                String id = owner.get();
                MessageRecord record = store.message(id).orElseThrow();
                if (record.places().contains(place)) {
                    batch.put(Family.PLACES, utf8(place.key()), raw.sha256().bytes()).commit();
                    return new Decision(id, new IngestOutcome.AlreadyArchived(id, raw.sha256(), place), Reindex.NONE, List.of());
                }
                boolean newFolder = !record.folders().contains(place.folder());
                batch.putMessage(record.withPlace(place));
                batch.put(Family.PLACES, utf8(place.key()), raw.sha256().bytes());
                if (newFolder) batch.put(Family.PENDING_INDEX, utf8(id), new byte[0]);
                custody.append(batch, actor(place), "seen", id, raw.sha256().hex(), describe(place));
                batch.commit();
                Reindex reindex = !newFolder ? Reindex.NONE
                        : record.firstSha256().equals(raw.sha256()) ? Reindex.WITH_THIS_PARSE : Reindex.FROM_FIRST_ORIGINAL;
                return new Decision(id, new IngestOutcome.SeenAgain(id, raw.sha256(), place), reindex, List.of());
            }

            String id = DocketIds.of(parsed);
            MessageRecord.Variant variant = new MessageRecord.Variant(raw.sha256(), raw.bytes().length, now);
            batch.put(Family.ORIGINALS, raw.sha256().bytes(), raw.bytes());
            batch.put(Family.ORIGINAL_OWNERS, raw.sha256().bytes(), utf8(id));
            batch.put(Family.PLACES, utf8(place.key()), raw.sha256().bytes());
            batch.put(Family.PENDING_INDEX, utf8(id), new byte[0]);
            counters.originals++;

            var existing = store.message(id);
            if (existing.isPresent()) {
                batch.putMessage(existing.get().withVariant(variant).withPlace(place));
                counters.writeTo(batch);
                custody.append(batch, actor(place), "variant-archived", id, raw.sha256().hex(), describe(place));
                batch.commit();
                return new Decision(id, new IngestOutcome.NewVariant(id, raw.sha256(), place, parsed.warnings()), Reindex.FROM_FIRST_ORIGINAL,
                        List.of());
            }

            ThreadTable.Assignment thread = threads.join(id, ThreadLinks.nodesOf(parsed, id), batch);
            for (String movedId : thread.relabelled()) {
                store.message(movedId).ifPresent(r -> batch.putMessage(r.withThread(thread.threadId())));
                batch.put(Family.PENDING_INDEX, utf8(movedId), new byte[0]);
            }
            MessageRecord record = MessageRecord.firstOf(id, parsed, facts, variant, place, thread.threadId());
            batch.putMessage(record);
            if (!parsed.messageId().isEmpty()) batch.put(Family.MESSAGE_IDS, utf8(parsed.messageId()), utf8(id));
            counters.messages++;
            counters.attachments += parsed.attachments().size();
            if (!parsed.warnings().isEmpty()) counters.warnings++;
            counters.threads += (thread.newThread() ? 1 : 0) - thread.mergedThreads();
            counters.writeTo(batch);
            custody.append(batch, actor(place), "archived", id, raw.sha256().hex(), describe(place));
            batch.commit();
            return new Decision(id, new IngestOutcome.Archived(id, raw.sha256(), place, parsed.warnings()), Reindex.WITH_THIS_PARSE,
                    thread.relabelled());
        }
    }

    public CustodyLog custody() {
        return custody;
    }

    /**
     * Archives a WhatsApp export and its messages ({@link ChatImporter}), then commits the index so they are
     * searchable when this returns.
     *
     * @throws io.docket.parse.chat.ChatFormatException when the text is no export, or its date order must be given
     * @throws ChatImportException when the request names an unknown customer
     */
    public ChatImportReport importChat(ChatImport request) {
        throwIfFailed();
        ChatImportReport report = chatImporter.run(request);
        commitIndex();
        return report;
    }

    private static String actor(Place place) {
        return "docket:" + place.source();
    }

    private static String describe(Place place) {
        StringBuilder out = new StringBuilder(place.source());
        if (!place.account().isEmpty()) out.append(' ').append(place.account());
        if (!place.folder().isEmpty()) out.append(" folder ").append(place.folder());
        if (!place.locator().isEmpty()) out.append(" at ").append(place.locator());
        return out.toString();
    }

    /** Extraction must never cost a message: a failure leaves it without trade facts and says why. */
    private TradeFacts analyzeSafely(ParsedMessage parsed) {
        try {
            return trade.analyze(parsed);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("trade extraction failed for message {}: {}", parsed.messageId(), e.toString());
            return TradeFacts.EMPTY;
        }
    }

    private ParsedMessage parseSafely(byte[] raw) {
        try {
            return parser.parse(raw);
        } catch (RuntimeException | StackOverflowError e) {
            // The parser promises not to throw; if it does anyway, the original is still archived and
            // findable by its text, with the failure recorded.
            String text = new String(raw, 0, Math.min(raw.length, FALLBACK_BODY_CHARS), StandardCharsets.ISO_8859_1);
            return new ParsedMessage("", List.of(), List.of(), null, List.of(), List.of(), List.of(), "", null, text,
                    "", List.of(), List.of(), "", List.of(new ParseWarning("parse-failed", String.valueOf(e))));
        }
    }

    /** Indexes a message with its latest record; the stripe lock orders concurrent writes of one id. */
    void indexLatest(String id, ParsedMessage parsed) {
        ReentrantLock lock = idLocks[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            MessageRecord record = store.message(id).orElseThrow();
            index.upsert(id, mapper.toDocument(record, parsed));
            indexedSinceCommit.add(id);
        } finally {
            lock.unlock();
        }
    }

    void reindexFromStore(String id) {
        store.message(id).ifPresent(record -> parsedFromStore(record).ifPresent(parsed -> indexLatest(id, parsed)));
    }

    /** A message read again from its first original: MIME for mail, the export for a chat message. */
    private Optional<ParsedMessage> parsedFromStore(MessageRecord record) {
        if (record.fromChat()) {
            return chats.read(record.firstSha256(), record.chat(), () -> store.original(record.firstSha256())).map(ChatOriginals.Read::parsed);
        }
        return store.original(record.firstSha256()).map(this::parseSafely);
    }

    /** A chat message renewed from its export with today's configuration (customers, order patterns, rules). */
    private Optional<RenewedChat> renewChat(MessageRecord old) {
        return chats.read(old.firstSha256(), old.chat(), () -> store.original(old.firstSha256())).map(read -> {
            CustomerDirectory directory = trade.customers();
            ChatParties parties = ChatParties.of(directory, read.transcript().senders(), ChatImporter.counterpart(old.chat().file()),
                    directory.find(old.chat().customer()));
            ParsedMessage parsed = read.parsed();
            TradeFacts facts = ChatImporter.facts(this, parties, parsed, read.message().sender());
            MessageRecord renewed = new MessageRecord(old.id(), old.messageId(), old.variants(), old.places(), old.threadId(),
                    old.parentIds(), parsed.subject(), parsed.from(), parsed.to(), parsed.cc(), parsed.date(), ChatImporter.infos(parsed),
                    parsed.language(), parsed.warnings(), old.source(), facts, old.chat());
            return new RenewedChat(renewed, parsed);
        });
    }

    private record RenewedChat(MessageRecord record, ParsedMessage parsed) {}

    /**
     * Re-derives a message from its first original with today's parser, extractors and configuration:
     * its record keeps identity, variants, places and thread; everything read from the text is renewed.
     */
    private void refreshFromOriginal(String id) {
        ReentrantLock lock = idLocks[Math.floorMod(id.hashCode(), STRIPES)];
        lock.lock();
        try {
            MessageRecord old = store.message(id).orElse(null);
            if (old == null) return;
            if (old.fromChat()) {
                renewChat(old).ifPresent(renewed -> {
                    try (ArchiveStore.Batch batch = store.batch()) {
                        batch.putMessage(renewed.record()).commit();
                    }
                    index.upsert(id, mapper.toDocument(renewed.record(), renewed.parsed()));
                    indexedSinceCommit.add(id);
                });
                return;
            }
            byte[] raw = store.original(old.firstSha256()).orElse(null);
            if (raw == null) return;
            ParsedMessage parsed = parseSafely(raw);
            MessageRecord renewed = new MessageRecord(old.id(), old.messageId(), old.variants(), old.places(), old.threadId(),
                    old.parentIds(), parsed.subject(), parsed.from(), parsed.to(), parsed.cc(), parsed.date(),
                    MessageRecord.AttachmentInfo.of(parsed), parsed.language(), parsed.warnings(), old.source(), analyzeSafely(parsed));
            try (ArchiveStore.Batch batch = store.batch()) {
                batch.putMessage(renewed).commit();
            }
            index.upsert(id, mapper.toDocument(renewed, parsed));
            indexedSinceCommit.add(id);
        } finally {
            lock.unlock();
        }
    }

    /** Re-indexes every message the store holds but no committed index contains (after a crash). */
    public int reindexPending() {
        List<String> pending = store.pendingIndex();
        if (pending.isEmpty()) return 0;
        LOG.info("re-indexing {} message(s) the index lacks", pending.size());
        commitLock.readLock().lock();
        try {
            pending.parallelStream().forEach(this::reindexFromStore);
        } finally {
            commitLock.readLock().unlock();
        }
        commitIndex();
        return pending.size();
    }

    /** Re-indexes every archived message from its original (after a parser or schema change). */
    public long reindexAll(Consumer<String> progress) {
        List<String> ids = new ArrayList<>();
        store.forEachMessage(r -> ids.add(r.id()));
        commitLock.readLock().lock();
        try {
            ids.parallelStream().forEach(id -> {
                refreshFromOriginal(id);
                progress.accept(id);
            });
        } finally {
            commitLock.readLock().unlock();
        }
        commitIndex();
        custody.record("docket:reindex", "reindexed", "", "", ids.size() + " messages re-parsed and re-indexed");
        return ids.size();
    }

    public void commitIndex() {
        // Most of a commit is writing the buffered documents out; done first, outside the lock, the other
        // workers keep indexing meanwhile (the 1M ingest profile had 9.5% of worker time in commits, with the
        // other workers stalled behind the lock). The commit under the lock then writes only what came since.
        index.flushBuffered();
        commitLock.writeLock().lock();
        try {
            sinceCommit.set(0);
            List<String> covered = new ArrayList<>(indexedSinceCommit);
            indexedSinceCommit.removeAll(covered);
            index.commit();
            try (ArchiveStore.Batch batch = store.batch()) {
                for (String id : covered) batch.delete(Family.PENDING_INDEX, utf8(id));
                batch.commit();
            }
            index.refresh();
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            flush();
        } finally {
            workers.shutdown();
            workers.awaitTermination(1, TimeUnit.MINUTES);
            if (fatal.get() == null) commitIndex();
        }
    }
}
