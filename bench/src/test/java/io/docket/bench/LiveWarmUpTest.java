package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveWarmUpTest {
    @TempDir
    Path dir;

    /** The sample mailbox is a Maildir of 51 messages: asked for 30,000, the warm-up archives and reports those 51. */
    @Test
    void aSmallerMaildirGivesAllItHasAndSaysHowMany() throws Exception {
        Path maildir = Path.of(System.getProperty("docket.root", "..")).resolve("samples/trade-mailbox");
        Path scratch = dir.resolve("scratch");

        LiveIncremental.WarmUp warmUp = LiveIncremental.warmUp(maildir, scratch, 30_000);

        assertEquals(51, warmUp.files());
        assertTrue(warmUp.seconds() > 0, "seconds " + warmUp.seconds());
        try (EmbeddedArchive archive = Archives.open(scratch)) {
            assertEquals(51, archive.stats().originals(), "every file was archived");
        }
        assertEquals(3, LiveIncremental.warmUp(maildir, dir.resolve("three"), 3).files());
    }
}
