package io.docket.api;

import io.docket.access.Role;
import io.javalin.security.RouteRole;

/** What a route demands of its caller; every route names one, and the gate refuses routes that name none. */
enum Permission implements RouteRole {
    /** No sign-in: the health check and the sign-in itself. */
    PUBLIC,
    /** Any signed-in user or token; what it sees is limited by its scope. */
    READ,
    /** Archive-wide figures (message counts, store sizes): not for reps, whose scope is part of the archive. */
    ARCHIVE_WIDE,
    /** Evidence bundles. */
    EXPORT,
    /** Adding to the archive over HTTP (chat exports): it files material under any customer, so not for reps. */
    IMPORT,
    /** The audit log. */
    AUDIT;

    boolean allows(Role role) {
        return switch (this) {
            case PUBLIC, READ -> true;
            case ARCHIVE_WIDE, IMPORT -> role.seesEverything();
            case EXPORT -> role.mayExport();
            case AUDIT -> role.mayReadAudit();
        };
    }
}
