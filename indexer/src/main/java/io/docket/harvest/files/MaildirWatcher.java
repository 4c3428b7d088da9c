package io.docket.harvest.files;

import io.docket.harvest.HarvestState;
import io.docket.harvest.MessageSink;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Maildirs archived while mail is delivered into them. {@link #start()} imports what the archive
 * lacks (the same places `docket import` reads), then one thread follows the {@code cur/} and
 * {@code new/} folders through a {@link WatchService} and reads each new file once, by name: a file
 * renamed new/ → cur/ or given new flags keeps its place and is not read again. A rescan every
 * {@link Settings#rescanEvery} is the safety net for what watching misses (an overflowed event queue,
 * a folder created while running); it lists again only the {@code cur/} and {@code new/} folders whose
 * modification time changed since their last listing, as Dovecot does, so an unchanged folder of a
 * million messages costs one {@code stat}, not a million names.
 *
 * <p>After a burst of deliveries the sink is flushed and {@link Listener#archived} called, so the
 * caller can refresh searches at once; committing the index stays with the caller (the store is
 * synced at every flush, and the archive replays stored messages the index lacks when it opens).
 *
 * <pre>{@code
 * try (MaildirWatcher watcher = new MaildirWatcher(List.of(maildir), archive.sink(), n -> archive.refresh())) {
 *     watcher.start();   // imports what is missing, then watches until close()
 *     ...
 * }
 * }</pre>
 */
public final class MaildirWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MaildirWatcher.class);

    /**
     * How the watcher paces itself.
     *
     * @param settle      a file is read once no event has touched it for this long: writers that skip
     *                    tmp/ (copies, scripts) are given time to finish the file
     * @param flushEvery  during a burst that never pauses, flush and report at least this often. Not
     *                    shorter: a flush drains the pipeline and the report's index refresh writes a
     *                    segment, so ingest stalls for both; `serve` refreshes every second on its own, so
     *                    a long burst becomes searchable as it goes anyway
     * @param rescanEvery how often every folder is listed again, for what events missed
     */
    public record Settings(Duration settle, Duration flushEvery, Duration rescanEvery) {
        public static final Settings DEFAULTS = new Settings(Duration.ofMillis(50), Duration.ofSeconds(10), Duration.ofMinutes(1));

        public Settings {
            positive("settle", settle);
            positive("flushEvery", flushEvery);
            positive("rescanEvery", rescanEvery);
        }

        private static void positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + ": must be positive, got " + d);
        }
    }

    /** Told, on the watcher's thread, what each flushed batch held; unreadable files are counted, never thrown. */
    public interface Listener {
        /** {@code files} new messages are stored and indexed (not yet visible until the index is refreshed). */
        void archived(int files);

        default void unreadable(Path file, String why) {
            LOG.warn("cannot read {}: {}", file, why);
        }

        /** The sink failed (the store or the index): the watcher stops. */
        default void failed(Exception e) {
            LOG.error("watching Maildirs stopped: {}", e.getMessage(), e);
        }
    }

    private final List<Path> roots;
    private final MessageSink sink;
    private final Listener listener;
    private final Settings settings;
    private final WatchService watch;
    /** Message folder (a cur/ or new/) → its Maildir folder; root folders map to null (watched for new sub-folders). */
    private final Map<Path, MaildirFolder> folderOf = new HashMap<>();
    /** Unique names already archived, per folder: listing a folder again costs no store lookup for them. */
    private final Map<MaildirFolder, Set<String>> known = new HashMap<>();
    /** Files named by events, by the time of their last event, until they settle (watch thread only). */
    private final Map<Path, Long> pending = new LinkedHashMap<>();
    /** Files to read, in order (watch thread only, and start() before it runs). */
    private final ArrayDeque<Path> ready = new ArrayDeque<>();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final AtomicLong rescans = new AtomicLong();
    private final AtomicLong listings = new AtomicLong();
    /** When each message folder was last listed completely (watch thread only, and start()). */
    private final FolderTimes folderTimes;
    private Thread thread;
    private volatile boolean closed;

    public MaildirWatcher(List<Path> maildirs, MessageSink sink, Listener listener) throws IOException {
        this(maildirs, sink, listener, Settings.DEFAULTS);
    }

    public MaildirWatcher(List<Path> maildirs, MessageSink sink, Listener listener, Settings settings) throws IOException {
        this(maildirs, sink, listener, settings, null);
    }

    /**
     * @param state where folder listing times are kept between runs (null: this process only): the
     *              first scan then skips folders unchanged since an earlier watcher or import listed them
     */
    public MaildirWatcher(List<Path> maildirs, MessageSink sink, Listener listener, Settings settings, HarvestState state)
            throws IOException {
        this.folderTimes = new FolderTimes(state, true);
        if (maildirs.isEmpty()) throw new IllegalArgumentException("no Maildir to watch");
        List<Path> normalized = new ArrayList<>();
        for (Path p : maildirs) {
            Path root = p.toAbsolutePath().normalize();
            if (!Files.isDirectory(root) || !MailFiles.isMaildir(root)) {
                throw new IllegalArgumentException("not a Maildir (a folder with cur/ beside new/ or tmp/): " + p);
            }
            normalized.add(root);
        }
        this.roots = List.copyOf(normalized);
        this.sink = sink;
        this.listener = listener;
        this.settings = settings;
        this.watch = roots.getFirst().getFileSystem().newWatchService();
    }

    /**
     * Starts watching, imports every file the archive lacks and flushes them (on the caller's thread, so
     * the archive has caught up when this returns), then follows the folders on a thread of its own.
     * Returns how many files the first scan archived.
     */
    public synchronized int start() throws IOException, InterruptedException {
        if (thread != null || closed) throw new IllegalStateException("a watcher starts once");
        // Watch before listing: a file delivered in between is then both listed and announced, and read once.
        scan();
        if (!pending.isEmpty()) {
            // Files written just now: give them the settle time once, then read them with the rest.
            Thread.sleep(settings.settle().toMillis());
            ready.addAll(pending.keySet());
            pending.clear();
        }
        int first = 0;
        while (!ready.isEmpty()) if (read(ready.poll())) first++;
        if (first > 0) {
            sink.flush();
            listener.archived(first);
        }
        folderTimes.save();
        thread = Thread.ofPlatform().name("docket-maildir-watch").daemon().start(this::run);
        return first;
    }

    /** Files archived since start (the first scan included). */
    public long delivered() {
        return delivered.get();
    }

    /** Files that could not be read. */
    public long unreadable() {
        return unreadable.get();
    }

    /** Rescans done so far, the first one included. */
    public long rescans() {
        return rescans.get();
    }

    /** Message folders ({@code cur/}, {@code new/}) listed so far; a rescan skips those unchanged since their last listing. */
    public long listings() {
        return listings.get();
    }

    public List<Path> maildirs() {
        return roots;
    }

    /**
     * The watch loop: events name files (pending until they settle), settled and listed files queue up
     * (ready) and are read; when nothing is left to read or settle, one flush and one report end the
     * burst, so a burst costs one index refresh however many files it brought.
     */
    private void run() {
        long settle = settings.settle().toNanos();
        long flushEvery = settings.flushEvery().toNanos();
        long nextRescan = System.nanoTime() + settings.rescanEvery().toNanos();
        long firstUnflushed = 0;
        int unflushed = 0;
        boolean rescanNeeded = false;
        try {
            while (!closed) {
                long now = System.nanoTime();
                long wait = nextRescan - now;
                // pending is in order of last event, so the first entry is the next to settle
                if (!pending.isEmpty()) wait = Math.min(wait, pending.values().iterator().next() + settle - now);
                if (!ready.isEmpty() || unflushed > 0 && pending.isEmpty()) wait = 0;
                WatchKey key = wait <= 0 ? watch.poll() : watch.poll(wait, TimeUnit.NANOSECONDS);
                while (key != null) {
                    rescanNeeded |= take(key);
                    key = watch.poll();
                }
                now = System.nanoTime();
                for (Iterator<Map.Entry<Path, Long>> it = pending.entrySet().iterator(); it.hasNext(); ) {
                    Map.Entry<Path, Long> e = it.next();
                    if (e.getValue() + settle > now) break;
                    it.remove();
                    ready.add(e.getKey());
                }
                if (rescanNeeded || now - nextRescan >= 0) {
                    // Also after lost events (an overflow, e.g. 10,000 files written at once): a folder's modification
                    // time changes with every file added to it, announced or not, so unchanged folders are still skipped.
                    scan();
                    rescanNeeded = false;
                    nextRescan = System.nanoTime() + settings.rescanEvery().toNanos();
                }
                while (!ready.isEmpty()) {
                    if (read(ready.poll()) && unflushed++ == 0) firstUnflushed = System.nanoTime();
                    // A burst that never pauses (a whole folder copied in) is still flushed and reported in steps.
                    if (unflushed > 0 && System.nanoTime() - firstUnflushed >= flushEvery) break;
                }
                boolean quiet = ready.isEmpty() && pending.isEmpty();
                if (unflushed > 0 && (quiet || System.nanoTime() - firstUnflushed >= flushEvery)) {
                    sink.flush();
                    listener.archived(unflushed);
                    unflushed = 0;
                }
                // Every file the listings found is read and flushed: their folders' times may now outlive the process.
                if (quiet && unflushed == 0) folderTimes.save();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed
        } catch (IOException | RuntimeException e) {
            if (!closed) listener.failed(e);
        }
    }

    /** Queues the files an event names; true when a full listing is needed (overflow, or a folder appeared). */
    private boolean take(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean messages = folderOf.get(dir) != null;
        boolean rescan = false;
        long now = System.nanoTime();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                rescan = true;
                continue;
            }
            Path file = dir.resolve((Path) event.context());
            if (!messages) {
                // A folder created in a Maildir (a new ".Sub" folder, or cur/ of one being made).
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(file)) rescan = true;
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                pending.remove(file);   // renamed or removed before it settled: a new name brings its own event
            } else {
                pending.remove(file);   // re-inserted at the end: the map stays in order of last event
                pending.put(file, now);
            }
        }
        if (!key.reset()) folderOf.remove(dir);
        return rescan;
    }

    /**
     * Lists every folder (finding and watching new ones) and queues the files not yet known: ready to
     * read, or pending when written within the settle time (a writer that skips tmp/ may not be done).
     * A message folder whose modification time is the one of its last listing is skipped: adding,
     * removing or renaming a file in it would have changed that time (the first scan knows only the
     * times an earlier run saved).
     */
    private void scan() throws IOException {
        rescans.incrementAndGet();
        long recent = System.currentTimeMillis() - settings.settle().toMillis();
        for (Path root : roots) {
            register(root, null);
            List<MaildirFolder> folders;
            try {
                folders = MaildirFolder.allOf(root);
            } catch (NoSuchFileException e) {
                continue;   // the Maildir went away; it is listed again next time
            }
            for (MaildirFolder folder : folders) {
                if (!folder.dir().equals(root)) register(folder.dir(), null);
                Set<String> names = known.computeIfAbsent(folder, f -> new HashSet<>());
                for (String sub : MaildirFolder.MESSAGE_DIRS) {
                    Path dir = folder.dir().resolve(sub);
                    if (!Files.isDirectory(dir)) continue;
                    register(dir, folder);
                    long listedAt = System.currentTimeMillis();
                    FileTime modified = FolderTimes.modified(dir);
                    if (modified == null || folderTimes.unchanged(dir, modified)) continue;
                    listings.incrementAndGet();
                    List<Path> files = new ArrayList<>();
                    try {
                        for (String name : MaildirFolder.names(dir)) {
                            if (MaildirFolder.isMessageName(name) && !names.contains(folder.place(name).locator())) files.add(dir.resolve(name));
                        }
                    } catch (NoSuchFileException e) {
                        continue;
                    }
                    files.sort(null);
                    folderTimes.listed(dir, modified, listedAt);
                    for (Path file : files) {
                        if (pending.containsKey(file)) continue;
                        if (modifiedMillis(file) > recent) pending.put(file, System.nanoTime());
                        else ready.add(file);
                    }
                }
            }
        }
    }

    private static long modifiedMillis(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;   // gone or unreadable: read() says which
        }
    }

    private void register(Path dir, MaildirFolder folder) throws IOException {
        if (folderOf.containsKey(dir)) return;
        try {
            dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
        } catch (NoSuchFileException e) {
            return;
        }
        folderOf.put(dir, folder);
    }

    /** Archives one message file unless its place is known; true when it was handed to the sink. */
    private boolean read(Path file) throws InterruptedException {
        MaildirFolder folder = folderOf.get(file.getParent());
        String name = file.getFileName().toString();
        if (folder == null || !MaildirFolder.isMessageName(name)) return false;
        Place place = folder.place(name);
        Set<String> names = known.computeIfAbsent(folder, f -> new HashSet<>());
        if (names.contains(place.locator())) return false;
        if (sink.alreadyHas(place)) {
            names.add(place.locator());
            return false;
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) return false;
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return false;   // moved on (new/ → cur/) before it was read; the new name is read instead
        } catch (IOException e) {
            folderTimes.forget(file.getParent());   // listed again at every rescan, so it is tried again
            unreadable.incrementAndGet();
            listener.unreadable(file, e.getMessage());
            return false;
        }
        sink.accept(new RawMessage(bytes, place));
        names.add(place.locator());
        delivered.incrementAndGet();
        return true;
    }

    /** Stops the thread (waiting for it, bounded), then flushes what it had handed to the sink. Idempotent. */
    @Override
    public void close() {
        closed = true;
        try {
            watch.close();
        } catch (IOException ignored) {
            // closing a watch service only releases its handles
        }
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t == null) return;
        try {
            // Closing the watch service ends its wait; a scan under way finishes its file first.
            t.join(TimeUnit.SECONDS.toMillis(10));
            if (t.isAlive()) {
                t.interrupt();
                t.join(TimeUnit.SECONDS.toMillis(5));
            }
            sink.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("flushing the Maildir watcher's last messages failed: {}", e.getMessage());
        }
    }
}
