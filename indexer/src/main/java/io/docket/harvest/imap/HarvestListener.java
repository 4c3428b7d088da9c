package io.docket.harvest.imap;

import java.time.Duration;

/**
 * Hooks for whoever shows a harvest to a person (the CLI's progress bar) or logs it. Called on the
 * harvesting thread, so implementations must be quick; every method has a do-nothing default.
 */
public interface HarvestListener {
    HarvestListener NONE = new HarvestListener() {};

    /** A folder was opened; {@code toFetch} messages are above the saved UID. */
    default void folderStarted(String account, String folder, long toFetch) {}

    /** A batch was delivered and flushed, and its progress saved. */
    default void progress(HarvestProgress progress) {}

    default void folderFinished(HarvestReport report) {}

    /** The connection dropped; the harvest waits {@code wait} and then tries again. */
    default void reconnecting(String account, int attempt, Duration wait, String reason) {}

    /** Watch mode only: a folder's watch loop stopped for good because of {@code error}. */
    default void watchFailed(String account, String folder, Exception error) {}
}
