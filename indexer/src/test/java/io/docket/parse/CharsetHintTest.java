package io.docket.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The charset hint looks for "charset" before trying its pattern; it must find what the pattern's find() finds. */
class CharsetHintTest {
    private static final Pattern LABEL = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)");
    private static final Path SAMPLES = Path.of(System.getProperty("docket.root", "..")).resolve("samples");

    /** The hint as a plain find() over the first 64 KB computed it. */
    private static Optional<Charset> byFind(byte[] raw) {
        Matcher m = LABEL.matcher(new String(raw, 0, Math.min(raw.length, 64 * 1024), StandardCharsets.ISO_8859_1));
        while (m.find()) {
            if (CharsetNames.isAscii(m.group(1))) continue;
            Optional<Charset> charset = CharsetNames.forLabel(m.group(1));
            if (charset.isPresent()) return charset;
        }
        return Optional.empty();
    }

    @Test
    void everySampleMessageGetsTheHintFindGives() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.toString().contains("target")).toList();
        }
        int hinted = 0;
        for (Path file : files) {
            byte[] raw = Files.readAllBytes(file);
            Optional<Charset> hint = MimeParser.charsetHint(raw);
            assertEquals(byFind(raw), hint, file.toString());
            if (hint.isPresent()) hinted++;
        }
        assertTrue(hinted > 5, "the samples hold messages in non-ASCII charsets: " + hinted);
    }

    @Test
    void randomHeaderSoupGetsTheHintFindGives() {
        String[] parts = {"charset", "CHARSET", "ChArSeT", "charse", "harset", "=", " = ", "\t", "\"", "utf-8", "big5", "us-ascii",
                "gb2312", "iso-8859-1", "GBK", "shift_jis", "x-unknown", ";", "\r\n", "foo-charset", "windows-1252", "\u00e9", "\u00c0",
                "\u00ff", "K", "k", "s", "S", "Content-Type: text/plain; ", "-", "."};
        Random random = new Random(20261206);
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int j = 0; j < n; j++) text.append(parts[random.nextInt(parts.length)]);
            byte[] raw = text.toString().getBytes(StandardCharsets.ISO_8859_1);
            assertEquals(byFind(raw), MimeParser.charsetHint(raw), text.toString());
        }
    }
}
