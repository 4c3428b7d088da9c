package io.docket.testing;

import io.docket.backend.Archives;
import io.docket.model.Attachment;
import io.docket.model.ParsedMessage;
import io.docket.parse.MimeParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Real text for tests that must hold on everything Docket reads: every sample message's parsed texts. */
public final class SampleTexts {
    private SampleTexts() {}

    public static Path root() {
        return Path.of(System.getProperty("docket.root", ".."));
    }

    /** The subject, body and every attachment text of every sample message (samples/**: .eml files and Maildir files). */
    public static List<String> all() {
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
}
