package io.docket.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** What every {@link TextExtractor} promises; an implementation's test class implements this. */
interface TextExtractorContract {
    TextExtractor extractor();

    @Test
    default void plainTextComesBack() {
        TextExtractor.Extraction x = extractor().extract("Invoice PI-2024-0588\n".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain");
        assertEquals("Invoice PI-2024-0588", x.text().strip());
    }

    @Test
    default void emptyInputGivesEmptyText() {
        assertEquals("", extractor().extract(new byte[0], "empty.pdf", "application/pdf").text());
    }

    @Test
    default void garbageNeverThrows() {
        byte[] garbage = new byte[2048];
        new Random(42).nextBytes(garbage);
        for (String type : new String[] {"application/pdf", "application/zip", "application/octet-stream", null}) {
            assertNotNull(extractor().extract(garbage, null, type).warnings());
        }
    }
}
