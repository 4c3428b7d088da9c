package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.config.AccountConfig;
import io.docket.config.DocketConfig;
import io.docket.harvest.imap.ImapHarvester;
import io.docket.harvest.imap.ImapWatcher;
import io.docket.ingest.IngestCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "harvest", mixinStandardHelpOptions = true,
        description = "Archive the IMAP accounts of docket.yml: everything new since the last run (read-only: no flag is changed).")
final class HarvestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--account", paramLabel = "NAME", description = "Only this account.")
    String account;

    @Option(names = "--watch", description = "Keep running and archive new mail as it arrives (IDLE, or polling) until stopped.")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        DocketConfig config = options.load();
        List<AccountConfig> accounts = account == null ? config.accounts() : List.of(config.account(account));
        if (accounts.isEmpty()) {
            System.err.println("docket: no accounts in " + options.config + " (see README: Configuration)");
            return 2;
        }
        try (EmbeddedArchive archive = options.open(config)) {
            int failures = harvestOnce(archive, accounts);
            if (!watch) return failures == 0 ? 0 : 1;
            List<ImapWatcher> watchers = startWatching(archive, accounts);
            System.out.println("watching " + accounts.size() + " account(s) for new mail; Ctrl-C stops");
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                watchers.forEach(ImapWatcher::close);
                stopped.countDown();
            }));
            stopped.await();
            return 0;
        }
    }

    static int harvestOnce(EmbeddedArchive archive, List<AccountConfig> accounts) throws Exception {
        int failures = 0;
        IngestCounter counter = new IngestCounter();
        HarvestProgress progress = new HarvestProgress(System.err);
        try (AutoCloseable counting = archive.listeners().add(counter);
             Progress bar = Progress.start("Harvesting", -1, counter::seen)) {
            progress.attach(bar);
            for (AccountConfig account : accounts) {
                try {
                    new ImapHarvester(account, archive.harvestState(), progress).harvest(archive.sink());
                } catch (io.docket.harvest.imap.ImapHarvestException e) {
                    failures++;
                    System.err.println("docket: " + e.getMessage());
                }
            }
            archive.commit();
        }
        progress.printSummary(System.out);
        Summaries.print(System.out, counter.summary(), 0);
        return failures + (int) counter.summary().failures();
    }

    static List<ImapWatcher> startWatching(EmbeddedArchive archive, List<AccountConfig> accounts) throws Exception {
        List<ImapWatcher> watchers = new ArrayList<>();
        HarvestProgress events = new HarvestProgress(System.err);
        for (AccountConfig account : accounts) {
            ImapWatcher watcher = new ImapWatcher(account, archive.sink(), archive.harvestState(), events);
            watcher.start();
            watchers.add(watcher);
        }
        return watchers;
    }
}
