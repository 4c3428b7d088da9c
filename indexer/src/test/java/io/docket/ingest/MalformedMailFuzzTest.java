package io.docket.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.backend.MessageView;
import io.docket.model.Place;
import io.docket.model.RawMessage;
import io.docket.model.Sha256;
import io.docket.search.SearchRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged mail through the whole pipeline: every fixture under samples/fixtures cut, flipped, stripped
 * of lines, given junk, wrong charsets and broken boundaries and base64, with a fixed seed. Each damaged
 * original must come out archived (a new message or a new variant of one), never failed and never as an
 * exception; its bytes must come back exactly under their SHA-256; it must be searchable and its view
 * must open.
 */
class MalformedMailFuzzTest {
    private static final Path FIXTURES = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
    private static final int MUTANTS_PER_FIXTURE = 12;

    @TempDir
    Path dir;

    @Test
    void everyDamagedOriginalIsArchivedByteForByteSearchableAndViewable() throws Exception {
        Random random = new Random(20261206);
        Map<Sha256, byte[]> mutants = new LinkedHashMap<>();
        for (Path fixture : fixtures()) {
            byte[] original = Files.readAllBytes(fixture);
            for (int i = 0; i < MUTANTS_PER_FIXTURE; i++) {
                byte[] damaged = mutate(original, random);
                mutants.putIfAbsent(Sha256.of(damaged), damaged);
            }
        }
        assertTrue(mutants.size() > 300, "distinct damaged originals: " + mutants.size());

        try (EmbeddedArchive archive = Archives.open(dir)) {
            List<IngestOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
            try (AutoCloseable listening = archive.listeners().add(outcomes::add)) {
                int n = 0;
                for (byte[] bytes : mutants.values()) {
                    archive.sink().accept(new RawMessage(bytes, new Place(Place.FILE, "fuzz", "INBOX", "mutant-" + n++)));
                }
                archive.commit();
            }
            assertEquals(mutants.size(), outcomes.size());
            Map<String, List<Sha256>> byMessage = new LinkedHashMap<>();
            for (IngestOutcome outcome : outcomes) {
                switch (outcome) {
                    case IngestOutcome.Archived a -> byMessage.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(a.sha256());
                    case IngestOutcome.NewVariant v -> byMessage.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v.sha256());
                    default -> fail("a damaged original must be archived: " + outcome);
                }
            }
            assertEquals(mutants.size(), archive.stats().originals());
            assertEquals(byMessage.size(), archive.stats().messages());
            assertEquals(byMessage.size(), archive.search(SearchRequest.of("")).total(), "every message is indexed");

            for (Map.Entry<String, List<Sha256>> message : byMessage.entrySet()) {
                for (Sha256 sha : message.getValue()) {
                    byte[] back = archive.raw(message.getKey(), Optional.of(sha)).orElseThrow().bytes();
                    assertArrayEquals(mutants.get(sha), back, "original " + sha);
                }
                Optional<MessageView> view = archive.message(message.getKey());
                assertTrue(view.isPresent(), message.getKey());
            }
        }
    }

    private static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    /** One to three kinds of damage, chosen at random. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] out = original;
        int kinds = 1 + random.nextInt(3);
        for (int k = 0; k < kinds; k++) out = damage(out, random);
        return out;
    }

    private static byte[] damage(byte[] in, Random random) {
        if (in.length == 0) return "\r\n".getBytes(StandardCharsets.US_ASCII);
        String text = new String(in, StandardCharsets.ISO_8859_1);   // one char per byte, so bytes survive the edits
        return switch (random.nextInt(11)) {
            case 0 -> java.util.Arrays.copyOf(in, random.nextInt(in.length));   // cut anywhere
            case 1 -> {   // flip bytes
                byte[] out = in.clone();
                for (int i = 1 + random.nextInt(20); i > 0; i--) out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                yield out;
            }
            case 2 -> latin1(withoutLine(text, random));
            case 3 -> latin1(duplicateLine(text, random));
            case 4 -> {   // junk: NULs, high bytes, stray CRs
                ByteArrayOutputStream junk = new ByteArrayOutputStream();
                for (int i = 1 + random.nextInt(200); i > 0; i--) junk.write(random.nextInt(4) == 0 ? 0 : random.nextInt(256));
                int at = random.nextInt(in.length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.write(in, 0, at);
                out.writeBytes(junk.toByteArray());
                out.write(in, at, in.length - at);
                yield out.toByteArray();
            }
            case 5 -> latin1(text.replaceFirst("(?i)boundary=\"?[^\";\\r\\n]+\"?", "boundary=\"" + Long.toHexString(random.nextLong()) + "\""));
            case 6 -> latin1(text.replaceAll("(?i)charset=\"?[^\";\\s]+\"?",
                    "charset=" + List.of("x-unknown", "utf-7", "\"\"", "utf-16", "iso-8859-99", "gb2312", "us-ascii").get(random.nextInt(7))));
            case 7 -> latin1(random.nextBoolean() ? text.replace("\r\n", "\n") : text.replace("\r\n", "\r"));
            case 8 -> {   // base64 with characters outside its alphabet, or cut mid-quantum
                int at = text.indexOf("base64");
                if (at < 0) yield latin1(text + "\r\n=?utf-8?B?broken");
                int body = text.indexOf("\r\n\r\n", at);
                if (body < 0 || body + 10 >= text.length()) yield latin1(text.substring(0, at) + "base64\r\n\r\n@@@===");
                int spot = body + 4 + random.nextInt(Math.max(1, text.length() - body - 4));
                yield latin1(text.substring(0, spot) + "!*\u00ff=" + text.substring(spot));
            }
            case 9 -> {   // headers without their body, or a body without its headers
                int split = text.indexOf("\r\n\r\n");
                if (split < 0) yield latin1(text + "\r\n\r\n");
                yield latin1(random.nextBoolean() ? text.substring(0, split) : text.substring(split + 4));
            }
            default -> latin1("Subject: " + "x".repeat(20_000 + random.nextInt(20_000)) + "\r\n" + text);   // one very long header
        };
    }

    private static String withoutLine(String text, Random random) {
        String[] lines = text.split("\r\n", -1);
        int drop = random.nextInt(lines.length);
        List<String> kept = new ArrayList<>(List.of(lines));
        kept.remove(drop);
        return String.join("\r\n", kept);
    }

    private static String duplicateLine(String text, Random random) {
        String[] lines = text.split("\r\n", -1);
        int twice = random.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(twice, lines[twice]);
        return String.join("\r\n", out);
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
