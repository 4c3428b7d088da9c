package io.docket.harvest.files;

import io.docket.harvest.HarvestState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * When each Maildir message folder ({@code cur/}, {@code new/}) was last listed completely, so one
 * whose modification time has not moved since is not listed again: delivering, removing or renaming
 * a file changes its folder's time (notmuch, mu and Dovecot rely on the same). A time is trusted only
 * when it was already {@link #SETTLED} in the past at the listing, since a file added within the same
 * clock tick would leave it unchanged. With a {@link HarvestState} the times outlive the process and
 * are saved only when the caller says every listed file is archived ({@link #save}).
 */
final class FolderTimes {
    static final Duration SETTLED = Duration.ofSeconds(2);

    private final HarvestState saved;
    private final boolean trustSaved;
    /** Folder → its time at its last complete listing (empty: listed but not to be trusted). */
    private final Map<Path, Optional<FileTime>> known = new HashMap<>();
    private final Map<String, Long> toSave = new HashMap<>();
    private final Set<String> toForget = new HashSet<>();

    /** Times for this process only. */
    FolderTimes() {
        this(null, false);
    }

    /**
     * @param saved      where times are read from and {@link #save saved} to (null: this process only)
     * @param trustSaved false to list every folder once anyway (and save the times found)
     */
    FolderTimes(HarvestState saved, boolean trustSaved) {
        this.saved = saved;
        this.trustSaved = trustSaved;
    }

    /** The folder's modification time now, or null when it is gone. */
    static FileTime modified(Path dir) throws IOException {
        try {
            return Files.getLastModifiedTime(dir);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** True when the folder still has the time of its last complete listing, so it holds nothing new. */
    boolean unchanged(Path dir, FileTime modified) {
        Optional<FileTime> last = known.get(dir);
        if (last == null && saved != null && trustSaved) {
            last = saved.listedMaildirFolder(dir.toString()).map(n -> FileTime.from(n, TimeUnit.NANOSECONDS));
            known.put(dir, last);
        }
        return last != null && last.isPresent() && last.get().equals(modified);
    }

    /** The folder was listed completely at {@code listedAtMillis}, when its time was {@code modified}. */
    void listed(Path dir, FileTime modified, long listedAtMillis) {
        if (modified.toMillis() < listedAtMillis - SETTLED.toMillis()) {
            known.put(dir, Optional.of(modified));
            toSave.put(dir.toString(), modified.to(TimeUnit.NANOSECONDS));
            toForget.remove(dir.toString());
        } else {
            known.put(dir, Optional.empty());
        }
    }

    /** A file of the folder could not be read: the folder is listed again every time until it is read. */
    void forget(Path dir) {
        known.put(dir, Optional.empty());
        toSave.remove(dir.toString());
        if (saved != null) toForget.add(dir.toString());
    }

    /** Makes the times recorded so far durable; call only once every file listed is archived (committed). */
    void save() {
        if (saved == null || toSave.isEmpty() && toForget.isEmpty()) return;
        saved.saveListedMaildirFolders(Map.copyOf(toSave), Set.copyOf(toForget));
        toSave.clear();
        toForget.clear();
    }
}
