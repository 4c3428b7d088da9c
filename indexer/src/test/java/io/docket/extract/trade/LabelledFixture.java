package io.docket.extract.trade;

import io.docket.testing.SampleTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a labelled set in samples/labelled: the text (with "\n" standing for a line break) and
 * the expected items. Lines starting with "#" are comments.
 */
record LabelledFixture(int line, String text, List<String> expected) {
    static Path root() {
        return SampleTexts.root();
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
