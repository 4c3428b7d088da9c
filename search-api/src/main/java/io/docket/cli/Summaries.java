package io.docket.cli;

import io.docket.ingest.IngestSummary;
import java.io.PrintStream;
import java.util.Locale;

/** The end-of-run summary table every ingesting command prints. */
final class Summaries {
    private Summaries() {}

    static void print(PrintStream out, IngestSummary s, long skippedFiles) {
        print(out, s, skippedFiles, 0, 0);
    }

    /**
     * @param unchanged        Maildir messages already archived from the same place, not read again
     * @param unchangedFolders Maildir message folders not listed: unchanged since they were last listed
     */
    static void print(PrintStream out, IngestSummary s, long skippedFiles, long unchanged, long unchangedFolders) {
        out.printf(Locale.ROOT, "imported    %,d%n", s.imported());
        out.printf(Locale.ROOT, "variants    %,d  (same Message-ID, other bytes: kept as extra originals)%n", s.variants());
        out.printf(Locale.ROOT, "duplicates  %,d  (already archived; new places recorded)%n", s.duplicates());
        out.printf(Locale.ROOT, "warnings    %,d  (archived; some parts could not be read as declared)%n", s.withWarnings());
        s.warningsByCode().forEach((code, n) -> out.printf(Locale.ROOT, "  %-24s %,d%n", code, n));
        out.printf(Locale.ROOT, "failures    %,d%n", s.failures());
        if (unchanged > 0) out.printf(Locale.ROOT, "unchanged   %,d  (Maildir messages archived before; not read again)%n", unchanged);
        if (unchangedFolders > 0) {
            out.printf(Locale.ROOT, "unchanged   %,d Maildir folder(s) not listed (nothing added, removed or renamed since the last import; --relist lists them)%n",
                    unchangedFolders);
        }
        if (skippedFiles > 0) out.printf(Locale.ROOT, "skipped     %,d  files that hold no mail%n", skippedFiles);
        out.printf(Locale.ROOT, "took        %.1f s  (%,.0f messages/s)%n", s.elapsedMillis() / 1000.0, s.messagesPerSecond());
    }
}
