package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.files.MaildirWatcher;
import java.nio.file.Path;
import java.util.List;

/** `serve`'s Maildir watcher: catches up with the Maildirs, then makes every burst of deliveries searchable at once. */
final class MaildirWatching {
    private MaildirWatching() {}

    /** Imports what the archive lacks (before serving, as IMAP accounts catch up first), then watches until closed. */
    static MaildirWatcher start(EmbeddedArchive archive, List<Path> maildirs) throws Exception {
        MaildirWatcher watcher = new MaildirWatcher(maildirs, archive.sink(), files -> archive.refresh(),
                MaildirWatcher.Settings.DEFAULTS, archive.harvestState());
        try {
            int first = watcher.start();
            archive.commit();
            System.out.println("Maildirs: archived " + first + " new message file(s) at start; watching " + maildirs.size()
                    + " Maildir(s) for new mail");
            return watcher;
        } catch (Exception e) {
            watcher.close();
            throw e;
        }
    }
}
