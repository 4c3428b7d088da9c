package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.files.FileSource;
import io.docket.search.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--reuse-archive` measures a copy of the kept archive: the copy must be a working archive, the original untouched by it. */
class BenchCopyTest {
    @TempDir
    Path dir;

    @Test
    void aCopiedArchiveOpensWithEverythingAndGrowsAlone() throws Exception {
        Path fixtures = Path.of(System.getProperty("docket.root", "..")).resolve("samples/fixtures");
        Path original = dir.resolve("docket");
        long messages;
        try (EmbeddedArchive archive = Archives.open(original)) {
            new FileSource(List.of(fixtures.resolve("signed-pgp.eml"), fixtures.resolve("attachment-pdf.eml"))).emitTo(archive.pipeline());
            archive.pipeline().commit();
            messages = archive.stats().messages();
        }
        Path copy = dir.resolve("docket-copy");
        Bench.copyTree(original, copy);
        try (EmbeddedArchive archive = Archives.open(copy)) {
            assertEquals(messages, archive.stats().messages());
            assertEquals(1, archive.search(SearchRequest.of("order:HD-2024-0117")).total());
            new FileSource(List.of(fixtures.resolve("charset-utf8.eml"))).emitTo(archive.pipeline());
            archive.pipeline().commit();
            assertEquals(messages + 1, archive.stats().messages());
        }
        try (EmbeddedArchive archive = Archives.open(original)) {
            assertEquals(messages, archive.stats().messages(), "the kept archive does not see what its copy archived");
        }
    }
}
