package io.docket.parse;

import io.docket.extract.TikaTextExtractor;
import io.docket.model.ParseWarning;
import io.docket.model.ParsedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed fixture messages under samples/fixtures, and one parser shared by the parse tests. */
final class Fixtures {
    static final Path DIR = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
    /** Tika's start-up costs seconds: build it once for every test class. */
    static final TikaTextExtractor EXTRACTOR = new TikaTextExtractor();
    static final MimeParser PARSER = new MimeParser(EXTRACTOR);

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(DIR.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedMessage parse(String name) {
        return PARSER.parse(bytes(name));
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> codes(ParsedMessage message) {
        return message.warnings().stream().map(ParseWarning::code).toList();
    }
}
