package io.docket.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QueryParserConfigTest {
    @Test
    void pinsTheDefaults() {
        assertEquals(new QueryParserConfig(2_000, 32), QueryParserConfig.defaults());
    }

    @Test
    void rejectsLimitsBelowOneNamingTheValue() {
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> new QueryParserConfig(0, 32));
        assertEquals("maxLength must be at least 1, was 0", length.getMessage());
        IllegalArgumentException depth = assertThrows(IllegalArgumentException.class, () -> new QueryParserConfig(10, -1));
        assertEquals("maxDepth must be at least 1, was -1", depth.getMessage());
    }
}
