package io.docket.harvest;

import io.docket.model.Sha256;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Durable per-folder progress of a mailbox harvest, and the archive's content check. */
public interface HarvestState {
    /** UIDVALIDITY and the highest UID archived so far for one folder of one account (RFC 3501 2.3.1.1). */
    record FolderState(long uidValidity, long highestUid, long messages, long lastHarvestEpochMillis) {}

    Optional<FolderState> folder(String account, String folder);

    void saveFolder(String account, String folder, FolderState state);

    /** True when these exact original bytes are already archived. */
    boolean holdsOriginal(Sha256 sha256);

    /**
     * A Maildir message folder's ({@code cur/} or {@code new/}, by absolute path) modification time in
     * nanoseconds when it was last listed with every file in it archived; empty when never, or forgotten.
     */
    Optional<Long> listedMaildirFolder(String dir);

    /** Saves listing times and forgets others (a folder where a file could not be read), durably, at once. */
    void saveListedMaildirFolders(Map<String, Long> listed, Collection<String> forgotten);
}
