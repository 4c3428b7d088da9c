package io.docket.cli;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditLog;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * The users, tokens and audit log of the archive `--config`/`--data` name. They live in files beside
 * the store, so these commands work while a server runs on the same archive.
 */
final class AccessOptions {
    @Mixin
    ConfigOptions archive;

    Path dataDir() {
        return archive.dataDir(archive.load());
    }

    AccessDirectory directory() {
        return new AccessDirectory(dataDir());
    }

    AuditLog audit() {
        return new AuditLog(dataDir());
    }
}
