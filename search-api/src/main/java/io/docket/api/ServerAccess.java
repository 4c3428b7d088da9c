package io.docket.api;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditLog;
import java.nio.file.Path;
import java.time.Clock;

/** Who may use a server and where their actions are recorded; the clock drives session expiry and sign-in throttling. */
public record ServerAccess(AccessDirectory directory, AuditLog audit, Clock clock) {
    /** The users, tokens and audit log kept beside an archive's data. */
    public static ServerAccess of(Path dataDir) {
        return new ServerAccess(new AccessDirectory(dataDir), new AuditLog(dataDir), Clock.systemUTC());
    }
}
