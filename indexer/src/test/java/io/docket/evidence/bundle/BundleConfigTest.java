package io.docket.evidence.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BundleConfigTest {
    @Test
    void defaultsArePinned() {
        assertEquals(new BundleConfig("DKT", 5_000), BundleConfig.DEFAULTS);
        assertEquals("DKT-000001", BundleConfig.DEFAULTS.bates(1));
        assertEquals("DKT-001234", BundleConfig.DEFAULTS.bates(1234));
    }

    @Test
    void badValuesAreNamed() {
        assertEquals("bundle batesPrefix must be 1-10 capital letters or digits, got \"dkt\"",
                assertThrows(IllegalArgumentException.class, () -> new BundleConfig("dkt", 10)).getMessage());
        assertEquals("bundle maxMessages must be 1..1000000, got 0",
                assertThrows(IllegalArgumentException.class, () -> new BundleConfig("DKT", 0)).getMessage());
    }

    @Test
    void attachmentNamesAreSafeInEveryZipToolAndKeepTheirScript() {
        assertEquals("验货报告.pdf", FileNames.safe("验货报告.pdf", "attachment"));
        assertEquals("_etc_passwd", FileNames.safe("/etc/passwd", "attachment"));
        // No separator survives, so ".." can never climb out of the bundle.
        assertEquals("_.._passwd", FileNames.safe("../../passwd", "attachment"));
        assertEquals("a_b_c_.txt", FileNames.safe("a:b*c?.txt", "attachment"));
        assertEquals("attachment", FileNames.safe("  ", "attachment"));
        assertEquals("attachment", FileNames.safe("...", "attachment"));
        String longName = "x".repeat(300) + ".pdf";
        assertEquals(100, FileNames.safe(longName, "attachment").length());
        assertEquals(".pdf", FileNames.safe(longName, "attachment").substring(96));
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("plain", ManifestCsv.quote("plain"));
        assertEquals("\"a, b\"", ManifestCsv.quote("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", ManifestCsv.quote("say \"hi\""));
        assertEquals("'=HYPERLINK(1)", ManifestCsv.quote("=HYPERLINK(1)"));
    }
}
