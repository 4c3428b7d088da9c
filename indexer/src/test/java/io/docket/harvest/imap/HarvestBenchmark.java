package io.docket.harvest.imap;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.AccountConfig;
import io.docket.config.Security;
import io.docket.harvest.CollectingSink;
import io.docket.harvest.InMemoryHarvestState;
import io.docket.harvest.MessageSink;
import io.docket.model.RawMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Not a test: harvests a local Dovecot holding a generated Maildir of N messages (default 20,000,
 * deterministic: {@link TestMessages}) with a counting sink, and prints messages/s and MB/s.
 * Run: {@code java -cp <test classpath> io.docket.harvest.imap.HarvestBenchmark [N] [batchSize]}.
 * Two passes: the first also pays for Dovecot building its indexes, the second reads warm indexes.
 */
public final class HarvestBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : AccountConfig.DEFAULT_BATCH_SIZE;
        Path dir = Files.createTempDirectory("docket-bench");
        try (DovecotServer dovecot = new DovecotServer(dir.resolve("dovecot"), "bench", "bench-pw")) {
            String[] folders = {"INBOX", "Sent", "Aufträge"};
            long bytes = 0;
            for (int f = 0; f < folders.length; f++) {
                List<byte[]> messages = new ArrayList<>();
                for (int i = f; i < n; i += folders.length) messages.add(TestMessages.message(folders[f], i));
                for (byte[] m : messages) bytes += m.length;
                dovecot.preload(folders[f], messages);
            }
            System.out.printf("corpus: %,d messages, %.1f MB in %d folders; dovecot %s; batch %d%n", n, bytes / 1e6,
                    folders.length, DovecotServer.BINARY, batch);
            dovecot.start();
            Path pw = dir.resolve("pw");
            Files.writeString(pw, "bench-pw");
            AccountConfig account = AccountConfig.builder("bench", "127.0.0.1", "bench").port(dovecot.port())
                    .security(Security.NONE).passwordFile(pw).batchSize(batch).readTimeout(Duration.ofMinutes(5)).build();
            for (String pass : List.of("cold (dovecot builds its indexes)", "warm")) {
                CountingSink sink = new CountingSink();
                long t0 = System.nanoTime();
                new ImapHarvester(account, new InMemoryHarvestState(new CollectingSink()), HarvestListener.NONE).harvest(sink);
                double s = (System.nanoTime() - t0) / 1e9;
                if (sink.count != n) throw new IllegalStateException("expected " + n + " messages, harvested " + sink.count);
                System.out.printf("%-34s %,d messages in %.2f s: %,.0f messages/s, %.1f MB/s%n", pass, sink.count, s,
                        sink.count / s, sink.bytes / 1e6 / s);
            }
            // The whole path a harvest takes in production: parse, attachment text, store, index, commit.
            try (EmbeddedArchive archive = Archives.open(dir.resolve("archive"))) {
                long t0 = System.nanoTime();
                new ImapHarvester(account, archive.harvestState(), HarvestListener.NONE).harvest(archive.sink());
                archive.commit();
                double s = (System.nanoTime() - t0) / 1e9;
                long archived = archive.stats().messages();
                if (archived != n) throw new IllegalStateException("expected " + n + " archived messages, found " + archived);
                System.out.printf("%-34s %,d messages in %.2f s: %,.0f messages/s%n", "into a fresh archive (all stages)", archived, s,
                        archived / s);
            }
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static final class CountingSink implements MessageSink {
        long count;
        long bytes;

        @Override
        public void accept(RawMessage raw) {
            count++;
            bytes += raw.bytes().length;
        }

        @Override
        public void flush() {}
    }
}
