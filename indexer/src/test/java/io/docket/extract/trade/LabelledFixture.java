package io.docket.extract.trade;

import io.docket.backend.Archives;
import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import io.docket.parse.MimeParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * One line of a labelled set in samples/labelled: the text (with "\n" standing for a line break) and
 * the expected items. Lines starting with "#" are comments.
 */
record LabelledFixture(int line, String text, List<String> expected) {
    static Path root() {
        return Path.of(System.getProperty("docket.root", ".."));
    }

    /** The subject, body and every attachment text of every sample message (samples/**: .eml files and Maildir files). */
    static List<String> sampleTexts() {
        MimeParser parser = Archives.defaultParser();
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root().resolve("samples"))) {
            for (Path file : files.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".eml") || p.toString().contains(":2,"))).toList()) {
                ParsedMessage m = parser.parse(Files.readAllBytes(file));
                texts.add(m.subject());
                texts.add(m.body());
                for (Attachment a : m.attachments()) texts.add(a.text());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the samples under " + root().toAbsolutePath(), e);
        }
        return texts;
    }

    static List<LabelledFixture> read(String name, String itemSeparator) {
        Path file = root().resolve("samples/labelled").resolve(name);
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read labelled set " + file.toAbsolutePath(), e);
        }
        List<LabelledFixture> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            int tab = l.indexOf('\t');
            if (tab < 0) throw new IllegalStateException(name + ":" + (i + 1) + " has no tab: " + l);
            String expected = l.substring(tab + 1).strip();
            List<String> items = expected.isEmpty() ? List.of()
                    : Arrays.stream(expected.split(itemSeparator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
            out.add(new LabelledFixture(i + 1, l.substring(0, tab).replace("\\n", "\n"), items));
        }
        return out;
    }
}
