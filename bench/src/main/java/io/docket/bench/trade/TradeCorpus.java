package io.docket.bench.trade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The generated trade mail and what is true about it: for every order, PO and P/I number, which
 * messages name it and which messages its evidence chain holds (every message of every conversation
 * in which one of them is), how many messages each domain sent and each marker word appears in. The
 * benchmark checks the archive's answers against these counts exactly.
 */
public final class TradeCorpus {
    /**
     * Words counted per message, for queries with known hit counts: a German and a Chinese term word that no
     * SpamAssassin message holds (its Chinese spam does say 付款方式, so that one is not used).
     */
    public static final List<String> MARKERS = List.of("Zahlungsbedingungen", "交期");

    /** One order: our number, its folded key, the messages naming it and the messages of its evidence chain. */
    public record Order(String number, String key, String customerDomain, int mentions, int chain) {}

    private final List<TradeMail> mail;
    private final List<Order> orders;
    private final Map<String, Integer> mentionsByKey = new HashMap<>();
    private final Map<String, Integer> chainByKey = new HashMap<>();

    TradeCorpus(List<TradeMail> mail, List<OrderPlan> plans) {
        this.mail = List.copyOf(mail);
        Map<String, Integer> threadSize = new HashMap<>();
        Map<String, Set<String>> threadsByKey = new HashMap<>();
        for (TradeMail m : mail) {
            threadSize.merge(m.thread(), 1, Integer::sum);
            for (String k : m.orderKeys()) {
                mentionsByKey.merge(k, 1, Integer::sum);
                threadsByKey.computeIfAbsent(k, x -> new HashSet<>()).add(m.thread());
            }
        }
        threadsByKey.forEach((k, threads) -> chainByKey.put(k, threads.stream().mapToInt(threadSize::get).sum()));
        List<Order> out = new ArrayList<>();
        for (OrderPlan p : plans) {
            String key = p.compact();
            out.add(new Order(p.number(), key, p.buyer().domain(), mentionsByKey.getOrDefault(key, 0), chainByKey.getOrDefault(key, 0)));
        }
        this.orders = List.copyOf(out);
    }

    public List<TradeMail> mail() {
        return mail;
    }

    public List<Order> orders() {
        return orders;
    }

    /** Messages that name this folded order, PO or P/I key anywhere the extractor looks. */
    public int mentions(String key) {
        return mentionsByKey.getOrDefault(key, 0);
    }

    /** Messages of the key's evidence chain: the conversations of every message naming it, whole. */
    public int chain(String key) {
        return chainByKey.getOrDefault(key, 0);
    }

    public long fromDomain(String domain) {
        return mail.stream().filter(m -> m.fromDomain().equals(domain)).count();
    }

    public long containing(String marker) {
        return mail.stream().filter(m -> m.markers().contains(marker)).count();
    }

    /** Every customer domain, the busiest first (ties by name). */
    public List<String> customerDomains() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Cast.Customer c : Cast.CUSTOMERS) counts.put(c.buyer().domain(), fromDomain(c.buyer().domain()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Writes the mail as a Maildir folder ({@code cur/}, empty {@code new/} and {@code tmp/}), or, when the
     * folder is there, checks that it holds exactly these files with these bytes: a corpus is made once
     * and reused, and a folder from another generator version must not be timed as if it were this one.
     */
    public void writeOrVerify(Path folder) throws IOException {
        Path cur = folder.resolve("cur");
        if (!Files.isDirectory(cur)) {
            Path tmp = folder.resolveSibling(folder.getFileName() + ".partial");
            deleteTree(tmp);
            Files.createDirectories(tmp.resolve("cur"));
            Files.createDirectories(tmp.resolve("new"));
            Files.createDirectories(tmp.resolve("tmp"));
            for (TradeMail m : mail) Files.write(tmp.resolve("cur").resolve(m.fileName()), m.bytes());
            Files.move(tmp, folder);
            return;
        }
        Set<String> expected = new TreeSet<>();
        for (TradeMail m : mail) expected.add(m.fileName());
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(cur)) {
            files.forEach(f -> present.add(f.getFileName().toString()));
        }
        if (!present.equals(expected)) {
            throw new IOException(folder + " holds " + present.size() + " files, the generator writes " + expected.size()
                    + " with other names; delete the folder to rebuild it");
        }
        for (TradeMail m : mail) {
            if (!Arrays.equals(Files.readAllBytes(cur.resolve(m.fileName())), m.bytes())) {
                throw new IOException(cur.resolve(m.fileName()) + " differs from the generator's output; delete " + folder + " to rebuild it");
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
