package io.docket.evidence.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportRetentionTest {
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    @TempDir
    Path exports;

    private Path file(String name, Duration age) throws Exception {
        Path f = Files.writeString(exports.resolve(name), name);
        Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
        return f;
    }

    @Test
    void bundlesOlderThanTheKeepTimeGoOthersStay() throws Exception {
        Path old = file("20261020T090000Z-0a1b2c.zip", Duration.ofDays(47));
        Path older = file("20261001T090000Z-ffffff.zip", Duration.ofDays(66));
        Path fresh = file("20261130T090000Z-123abc.zip", Duration.ofDays(6));
        Path justInside = file("20261106T130000Z-00aa11.zip", Duration.ofDays(30).minusMinutes(1));
        Path strayPart = file("export-4711.part", Duration.ofDays(2));
        Path writingNow = file("export-4712.part", Duration.ofMinutes(3));
        Path someoneElses = file("notes.txt", Duration.ofDays(400));
        Path notABundleName = file("my-bundle.zip", Duration.ofDays(400));

        List<String> expired = ExportRetention.expire(exports, Duration.ofDays(30), NOW);

        assertEquals(List.of("20261001T090000Z-ffffff", "20261020T090000Z-0a1b2c"), expired, "ids, oldest first");
        for (Path gone : List.of(old, older, strayPart)) assertFalse(Files.exists(gone), gone.toString());
        for (Path kept : List.of(fresh, justInside, writingNow, someoneElses, notABundleName)) assertTrue(Files.exists(kept), kept.toString());
        assertEquals(List.of(), ExportRetention.expire(exports, Duration.ofDays(30), NOW), "nothing left to expire");
    }

    @Test
    void noExportsFolderYetIsNothingToDo() {
        assertEquals(List.of(), ExportRetention.expire(exports.resolve("exports"), Duration.ofDays(30), NOW));
    }
}
