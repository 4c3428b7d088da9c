package io.docket.evidence.bundle;

import io.docket.model.TradeFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * manifest.csv: the manifest one row per message for a spreadsheet (RFC 4180 quoting, CRLF rows). It
 * starts with a UTF-8 byte order mark because without one Excel reads Chinese and Arabic as mojibake.
 * Attachments are "file sha256" pairs separated by " | "; clauses "type: value"; a chat message's lines are
 * the line range in its export (its file), its agreements "type: value confirmed by DKT-…" or "… unconfirmed".
 */
final class ManifestCsv {
    static final String FILE = "manifest.csv";
    static final List<String> COLUMNS = List.of("seq", "bates", "file", "sha256", "date", "date_utc", "from", "to", "cc",
            "subject", "message_id", "attachments", "folders", "orders", "clauses", "variants", "source", "chat_lines", "chat_agreements");

    private ManifestCsv() {}

    static byte[] write(List<Manifest.Message> messages) {
        StringBuilder out = new StringBuilder("\uFEFF");
        row(out, COLUMNS);
        for (Manifest.Message m : messages) {
            row(out, List.of(Integer.toString(m.seq()), m.bates(), m.file(), m.sha256(), m.date(), m.dateUtc(), m.from(),
                    String.join("; ", m.to()), String.join("; ", m.cc()), m.subject(), m.messageId(),
                    m.attachments().stream().map(a -> (a.file().isEmpty() ? a.name() + " (not extractable)" : a.file()) + " " + a.sha256())
                            .collect(Collectors.joining(" | ")),
                    String.join("; ", m.folders()), String.join("; ", m.orders()),
                    m.clauses().stream().map(ManifestCsv::clause).collect(Collectors.joining(" | ")),
                    m.variants().stream().map(v -> v.file() + " " + v.sha256()).collect(Collectors.joining(" | ")),
                    m.source(), m.lines(),
                    m.agreements().stream().map(a -> a.type() + ": " + a.value() + " " + a.status()
                            + (a.confirmedByBates().isEmpty() ? "" : " by " + a.confirmedByBates())).collect(Collectors.joining(" | "))));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String clause(TradeFacts.ClauseFact c) {
        return c.type() + ": " + c.value();
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) out.append(',');
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** RFC 4180; a leading = + - @ is prefixed with ' so a spreadsheet never runs a subject as a formula. */
    static String quote(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) value = "'" + value;
        boolean needs = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return needs ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
