package io.docket.cli;

import io.docket.harvest.imap.HarvestListener;
import io.docket.harvest.imap.HarvestReport;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Feeds harvest events to a progress bar and collects the per-folder reports for the summary. */
final class HarvestProgress implements HarvestListener {
    private final AtomicLong expected = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final List<HarvestReport> reports = new CopyOnWriteArrayList<>();
    private final PrintStream err;
    private volatile Progress bar;

    HarvestProgress(PrintStream err) {
        this.err = err;
    }

    void attach(Progress progress) {
        this.bar = progress;
    }

    long done() {
        return done.get();
    }

    @Override
    public void folderStarted(String account, String folder, long toFetch) {
        long total = expected.addAndGet(toFetch);
        if (bar != null) bar.maxHint(total);
    }

    @Override
    public void progress(io.docket.harvest.imap.HarvestProgress p) {
        // per-batch figures arrive per folder; the bar counts across folders
    }

    @Override
    public void folderFinished(HarvestReport report) {
        done.addAndGet(report.fetched());
        reports.add(report);
    }

    @Override
    public void reconnecting(String account, int attempt, Duration wait, String reason) {
        err.printf(Locale.ROOT, "docket: %s: connection lost (%s); reconnecting in %d s (attempt %d)%n", account, reason,
                wait.toSeconds(), attempt);
    }

    @Override
    public void watchFailed(String account, String folder, Exception error) {
        err.printf(Locale.ROOT, "docket: %s/%s: watching stopped: %s%n", account, folder, error.getMessage());
    }

    void printSummary(PrintStream out) {
        if (reports.isEmpty()) return;
        out.printf(Locale.ROOT, "%-12s %-24s %9s %9s %9s %7s %9s%n", "account", "folder", "fetched", "archived", "known", "errors", "msg/s");
        for (HarvestReport r : reports) {
            out.printf(Locale.ROOT, "%-12s %-24s %,9d %,9d %,9d %,7d %,9.0f%n", r.account(), r.folder(), r.fetched(),
                    r.delivered(), r.skippedKnown(), r.errors(), r.messagesPerSecond());
            for (String problem : r.problems()) out.println("    problem: " + problem);
        }
    }
}
