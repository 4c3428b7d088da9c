package io.docket.bench;

import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.files.MaildirWatcher;
import io.docket.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * +1% as a user of `docket serve --watch-maildir` sees it: the archive is open and the Maildir watcher
 * running when the new mail is delivered, so neither JVM start nor opening the archive is paid. The new
 * files are written in full beforehand in a staging folder and then renamed into the Maildir's new/ one
 * after another, as a delivery agent delivers (it writes into tmp/, then renames into new/). Timed from
 * the first rename until the archive holds every new original and a refreshed search finds every stored
 * message. (Timed from the first file the kit wrote into new/ itself, the row measured the kit: it takes
 * about 1.6 s to write 1,019 files at 100k, and the watcher kept pace with it.)
 *
 * <p>A burst of the same size is archived untimed first: a running server has archived mail before
 * (usually the whole Maildir, when it was first watched), so its ingest code is compiled. Timing the
 * first burst of the bench JVM measured the JIT instead: at 100k, 7.1 s for 1,019 messages that a
 * warm pipeline archives at about 600 a second.
 *
 * <p>The end is noticed where it happens, after the watcher's flush and index refresh, not by polling:
 * a match-all search every 5 ms took one of the two cores at 1M messages (about 10 ms each).
 */
final class LiveIncremental {
    /** Give up (and report the shortfall) after this long; the timing is reported, never asserted. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final SearchRequest EVERYTHING = new SearchRequest("", 0, 0, SearchRequest.SortOrder.RELEVANCE, false, false);

    /**
     * @param seconds    first file delivered → the last new message searchable, or NaN when it did not happen in time
     * @param originals  originals the archive holds at the end
     * @param searchable messages a match-all search counts at the end (against {@code messages}, the store's count)
     * @param batches    flushes the watcher reported (each followed by an index refresh)
     */
    record Result(List<Path> written, double seconds, long originals, long searchable, long messages, int batches) {}

    private LiveIncremental() {}

    /**
     * @param warmStart         the kit's number of the first untimed message; {@code count} of them are archived first
     * @param start             the kit's number of the first timed message
     * @param expectedOriginals originals the archive must hold after both bursts
     */
    static Result run(EmbeddedArchive archive, Kit kit, Path maildir, Path staging, int warmStart, int start, int count,
                      long expectedOriginals) throws IOException, InterruptedException {
        AtomicInteger batches = new AtomicInteger();
        AtomicReference<Goal> goal = new AtomicReference<>();
        try (MaildirWatcher watcher = new MaildirWatcher(List.of(maildir), archive.sink(), files -> {
            archive.refresh();
            batches.incrementAndGet();
            Goal g = goal.get();
            if (g != null && searchable(archive, g.originals())) g.reached().complete(System.currentTimeMillis());
        }, MaildirWatcher.Settings.DEFAULTS, archive.harvestState())) {   // as `serve --watch-maildir` makes it
            watcher.start();   // lists the Maildir once; the archive already holds all of it
            Goal warmGoal = new Goal(expectedOriginals - count, new CompletableFuture<>());
            goal.set(warmGoal);
            List<Path> warm = kit.addNew(maildir, warmStart, count);
            long warmDone = await(archive, warmGoal);
            batches.set(0);
            Goal timedGoal = new Goal(expectedOriginals, new CompletableFuture<>());
            goal.set(timedGoal);
            List<Path> staged = kit.addNew(staging, start, count);
            List<Path> written = new ArrayList<>(staged.size());
            long firstDelivered = System.currentTimeMillis();
            for (Path f : staged) {
                written.add(Files.move(f, maildir.resolve("new").resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE));
            }
            long doneAt = warmDone < 0 ? -1 : await(archive, timedGoal);
            double seconds = doneAt < 0 ? Double.NaN : (doneAt - firstDelivered) / 1000.0;
            List<Path> all = new ArrayList<>(warm);
            all.addAll(written);
            return new Result(all, seconds, originals(archive), archive.search(EVERYTHING).total(), messages(archive), batches.get());
        }
    }

    /** Originals the archive must hold, and when (epoch ms) a refresh after a flush first found them all searchable. */
    private record Goal(long originals, CompletableFuture<Long> reached) {}

    /**
     * When the goal was reached, or -1 after {@link #PATIENCE}. The listener completes it; a check once a
     * second is only the net for a last flush that came before the goal was set.
     */
    private static long await(EmbeddedArchive archive, Goal goal) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return goal.reached().get(1, TimeUnit.SECONDS);
            } catch (TimeoutException notYet) {
                if (searchable(archive, goal.originals())) return System.currentTimeMillis();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return -1;
    }

    /** The store holds {@code originals} and a search counts every stored message. */
    private static boolean searchable(EmbeddedArchive archive, long originals) {
        // The store's counters, not stats(): that also walks the data folder for sizes.
        return originals(archive) >= originals && archive.search(EVERYTHING).total() == messages(archive);
    }

    private static long originals(EmbeddedArchive archive) {
        return archive.store().counter("originals");
    }

    private static long messages(EmbeddedArchive archive) {
        return archive.store().counter("messages");
    }
}
