package io.docket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {
    @Test
    void defaultsArePinned() {
        ExtractionLimits d = ExtractionLimits.defaults();
        assertEquals(50L * 1024 * 1024, d.maxAttachmentBytes());
        assertEquals(2_000_000, d.maxCharacters());
        assertEquals(Duration.ofSeconds(30), d.timeout());
        assertEquals(100, d.maxCompressionRatio());
        assertEquals(10L * 1024 * 1024, d.ratioFloorBytes());
        assertEquals(1024L * 1024 * 1024, d.maxExpandedBytes());
        assertEquals(5, d.maxArchiveDepth());
        assertEquals(10_000, d.maxArchiveEntries());
        assertEquals(2, d.threads());
        assertEquals(64, d.queueLength());
    }

    @Test
    void badValuesAreRejectedWithTheValue() {
        ExtractionLimits d = ExtractionLimits.defaults();
        assertEquals("maxAttachmentBytes must be positive, got 0",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxAttachmentBytes(0)).getMessage());
        assertEquals("maxCharacters must be positive, got -1",
                assertThrows(IllegalArgumentException.class, () -> d.withMaxCharacters(-1)).getMessage());
        assertEquals("timeout must be positive, got PT0S",
                assertThrows(IllegalArgumentException.class, () -> d.withTimeout(Duration.ZERO)).getMessage());
        assertEquals("threads must be positive, got 0", assertThrows(IllegalArgumentException.class,
                () -> new ExtractionLimits(1, 1, Duration.ofSeconds(1), 1, 1, 1, 1, 1, 0, 1)).getMessage());
    }
}
