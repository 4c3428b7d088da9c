package io.docket.bench;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.files.FileSource;
import io.docket.harvest.files.MaildirWatcher;
import io.docket.search.SearchRequest;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.atomic.AtomicLong;
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
 * <p>A running server has archived mail before (usually the whole Maildir, when it was first watched),
 * so its ingest code is compiled. The bench JVM has not: it first archives the first files of the
 * Maildir into a scratch archive ({@link #warmUp}), then one untimed burst through the watcher, then
 * times several bursts one after another and reports each, with the time the JIT compilers spent
 * meanwhile and the JVM's CPU; the row is their median. Each burst starts when the JVM is idle
 * ({@link #waitUntilIdle}), as mail arrives with pauses: merges and compiles the last burst left are
 * done. Without the scratch import (one untimed burst only), the compilers took about one of the two
 * cores through every one of ten bursts (compile time during a burst about equal to its length,
 * 1.0-3.2 s): a 100k import shows why, compiling about 1 s per second for its first 40 s, some 35,000
 * messages.
 *
 * <p>The end is noticed where it happens, after the watcher's flush and index refresh, not by polling:
 * a match-all search every 5 ms took one of the two cores at 1M messages (about 10 ms each).
 */
final class LiveIncremental {
    /** Give up (and report the shortfall) after this long; the timing is reported, never asserted. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final Duration IDLE_SAMPLE = Duration.ofMillis(250);
    private static final double IDLE_SHARE = 0.1;
    private static final Duration IDLE_PATIENCE = Duration.ofSeconds(60);
    private static final SearchRequest EVERYTHING = new SearchRequest("", 0, 0, SearchRequest.SortOrder.RELEVANCE, false, false);

    /**
     * One timed burst.
     *
     * @param seconds        first file delivered → the last new message searchable, or NaN when it did not happen in time
     * @param flushedSeconds first file delivered → the watcher's last flush (read, archived, store synced), before the refresh
     * @param flushes        flushes the watcher reported for the burst (each followed by an index refresh)
     * @param compileSeconds time the JIT compilers spent while the burst was timed (CPU the pipeline did not get)
     * @param cpuSeconds     CPU this JVM used while the burst was timed, all threads (against {@code seconds} × cores: whether it waited or computed)
     * @param idleWaitSeconds how long the JVM was given before the burst to finish the work the last one left (merges, compiles)
     */
    record Burst(double seconds, double flushedSeconds, int flushes, double compileSeconds, double cpuSeconds, double idleWaitSeconds) {}

    /**
     * @param written    the files delivered into the Maildir (warm-up and timed), for the caller to remove
     * @param originals  originals the archive holds at the end
     * @param searchable messages a match-all search counts at the end (against {@code messages}, the store's count)
     */
    record Result(List<Path> written, List<Burst> bursts, long originals, long searchable, long messages) {
        /** The median burst; NaN when any burst did not finish in time. */
        double medianSeconds() {
            double[] s = bursts.stream().mapToDouble(Burst::seconds).sorted().toArray();
            if (s.length == 0 || bursts.stream().anyMatch(b -> Double.isNaN(b.seconds()))) return Double.NaN;
            return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        }
    }

    private LiveIncremental() {}

    /**
     * Archives one untimed burst of {@code count} new messages, then {@code bursts} timed ones of as many.
     *
     * @param firstNumber the kit's number of the first new message; the bursts take the next (1 + bursts) × count numbers
     * @param originals   originals the archive holds before the run
     */
    static Result run(EmbeddedArchive archive, Kit kit, Path maildir, Path staging, int firstNumber, int count, int bursts,
                      long originals) throws IOException, InterruptedException {
        AtomicInteger flushes = new AtomicInteger();
        AtomicLong lastFlushed = new AtomicLong();
        AtomicReference<Goal> goal = new AtomicReference<>();
        archive.keepSearchesWarm();   // as `serve` does: each new segment's facet values are copied after its refresh
        try (MaildirWatcher watcher = new MaildirWatcher(List.of(maildir), archive.sink(), files -> {
            lastFlushed.set(System.currentTimeMillis());
            archive.refresh();
            flushes.incrementAndGet();
            Goal g = goal.get();
            if (g != null && searchable(archive, g.originals())) g.reached().complete(System.currentTimeMillis());
        }, MaildirWatcher.Settings.DEFAULTS, archive.harvestState())) {   // as `serve --watch-maildir` makes it
            watcher.start();   // lists the Maildir once; the archive already holds all of it
            Goal warmGoal = new Goal(originals + count, new CompletableFuture<>());
            goal.set(warmGoal);
            List<Path> written = new ArrayList<>(kit.addNew(maildir, firstNumber, count));
            if (await(archive, warmGoal) < 0) {
                return new Result(written, List.of(new Burst(Double.NaN, Double.NaN, flushes.get(), Double.NaN, Double.NaN, 0)), originals(archive),
                        archive.search(EVERYTHING).total(), messages(archive));
            }
            List<Burst> timed = new ArrayList<>();
            for (int b = 1; b <= bursts; b++) {
                flushes.set(0);
                Goal burstGoal = new Goal(originals + (long) (b + 1) * count, new CompletableFuture<>());
                List<Path> staged = kit.addNew(staging, firstNumber + b * count, count);
                double idleWait = waitUntilIdle();
                goal.set(burstGoal);
                long compiledBefore = JIT.getTotalCompilationTime();
                long cpuBefore = OS.getProcessCpuTime();
                long firstDelivered = System.currentTimeMillis();
                for (Path f : staged) {
                    written.add(Files.move(f, maildir.resolve("new").resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE));
                }
                long doneAt = await(archive, burstGoal);
                timed.add(new Burst(doneAt < 0 ? Double.NaN : (doneAt - firstDelivered) / 1000.0,
                        (lastFlushed.get() - firstDelivered) / 1000.0, flushes.get(),
                        (JIT.getTotalCompilationTime() - compiledBefore) / 1000.0, (OS.getProcessCpuTime() - cpuBefore) / 1e9, idleWait));
                if (doneAt < 0) break;
            }
            return new Result(written, timed, originals(archive), archive.search(EVERYTHING).total(), messages(archive));
        }
    }

    /**
     * Archives the first {@code count} message files of the Maildir's cur/ (in name order) into a scratch
     * archive in {@code scratch} (the caller deletes it): the ingest code of this JVM is then compiled as a
     * server's is after its first catch-up. A smaller Maildir gives all it has.
     */
    static WarmUp warmUp(Path maildir, Path scratch, int count) throws IOException, InterruptedException {
        if (count <= 0) return new WarmUp(0, 0);
        List<Path> files;
        try (var names = Files.list(maildir.resolve("cur"))) {
            files = names.sorted().limit(count).toList();
        }
        long t0 = System.nanoTime();
        try (EmbeddedArchive scratchArchive = Archives.open(scratch)) {
            new FileSource(files).emitTo(scratchArchive.pipeline());
            scratchArchive.pipeline().commit();
        }
        return new WarmUp(files.size(), (System.nanoTime() - t0) / 1e9);
    }

    /** How many files the warm-up archived, and in how many seconds. */
    record WarmUp(int files, double seconds) {}

    /**
     * Waits until this JVM is idle (under {@link #IDLE_SHARE} of one core over {@link #IDLE_SAMPLE}, twice
     * running), at most {@link #IDLE_PATIENCE}; returns the seconds waited. Mail comes in bursts with
     * pauses between them: a burst's flush leaves Lucene merges and JIT compiles that run on after it is
     * searchable, and a burst timed right after the last one paid for them (on two cores, a third of some
     * bursts' CPU).
     */
    private static double waitUntilIdle() throws InterruptedException {
        long start = System.nanoTime();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - start < IDLE_PATIENCE.toNanos()) {
            long cpu = OS.getProcessCpuTime();
            Thread.sleep(IDLE_SAMPLE.toMillis());
            quiet = OS.getProcessCpuTime() - cpu < IDLE_SHARE * IDLE_SAMPLE.toNanos() ? quiet + 1 : 0;
        }
        return (System.nanoTime() - start) / 1e9;
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
