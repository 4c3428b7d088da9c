package io.docket.harvest.imap;

import java.util.List;

/**
 * What one harvest did to one folder. {@code fetched} counts messages read from the server,
 * {@code delivered} those handed to the sink, {@code skippedKnown} those not delivered because the
 * archive already held their bytes (only after a UIDVALIDITY change), {@code errors} folder or
 * message problems that did not stop the harvest, described in {@code problems}.
 */
public record HarvestReport(String account, String folder, long uidValidity, long highestUid, long fetched,
                            long delivered, long skippedKnown, long bytes, long errors, List<String> problems,
                            double seconds) {
    public HarvestReport {
        problems = List.copyOf(problems == null ? List.of() : problems);
    }

    static HarvestReport failed(String account, String folder, String problem, double seconds) {
        return new HarvestReport(account, folder, 0, 0, 0, 0, 0, 0, 1, List.of(problem), seconds);
    }

    public double messagesPerSecond() {
        return seconds <= 0 ? 0 : fetched / seconds;
    }
}
