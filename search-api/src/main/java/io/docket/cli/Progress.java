package io.docket.cli;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar (count, messages/s) on a terminal; silent when output is redirected. */
final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final ScheduledExecutorService ticker;
    private final LongSupplier done;

    private Progress(ProgressBar bar, LongSupplier done) {
        this.bar = bar;
        this.done = done;
        this.ticker = bar == null ? null : Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
        if (ticker != null) ticker.scheduleAtFixedRate(() -> bar.stepTo(done.getAsLong()), 200, 200, TimeUnit.MILLISECONDS);
    }

    static Progress start(String task, long expected, LongSupplier done) {
        if (!Terminal.interactive()) return new Progress(null, done);
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(expected)
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" msg", 1).showSpeed()
                .continuousUpdate().build();
        return new Progress(bar, done);
    }

    void maxHint(long expected) {
        if (bar != null) bar.maxHint(expected);
    }

    @Override
    public void close() {
        if (bar == null) return;
        ticker.shutdownNow();
        bar.stepTo(done.getAsLong());
        bar.maxHint(done.getAsLong());
        bar.close();
    }
}
