package io.docket.api;

import io.docket.access.AccessDirectory;
import io.docket.access.Principal;
import io.docket.backend.ArchiveBackend;
import io.docket.backend.ArchiveReader;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every matched route: finds who is asking (a bearer token, or the web UI's session cookie
 * with its CSRF token on state-changing calls), checks the route's {@link Permission} against the role,
 * and leaves the principal on the request for handlers and the audit trail.
 */
final class AccessGate {
    static final String SESSION_COOKIE = "docket_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "docket.principal";
    private static final String SESSION = "docket.session";

    private final AccessDirectory directory;
    private final Sessions sessions;
    private final ArchiveBackend archive;

    AccessGate(AccessDirectory directory, Sessions sessions, ArchiveBackend archive) {
        this.directory = directory;
        this.sessions = sessions;
        this.archive = archive;
    }

    void check(Context ctx) {
        // The web UI's static files are public: they hold no mail, and the sign-in page is among them.
        if (!ctx.path().startsWith("/api/")) return;
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.isEmpty() && ctx.method() == HandlerType.HEAD) {
            // Javalin answers HEAD with the GET handler but without the GET route's permission: refuse it rather than guess.
            throw new ApiException(405, "method_not_allowed", "HEAD is not supported on the API; use GET");
        }
        if (roles.contains(Permission.PUBLIC)) return;
        if (roles.isEmpty()) throw new IllegalStateException("route " + ctx.method() + " " + ctx.path() + " names no permission");
        Principal principal = authenticate(ctx).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"docket\"");
            return ApiException.unauthorized("sign in, or send an API token as \"Authorization: Bearer <token>\"");
        });
        ctx.attribute(PRINCIPAL, principal);
        for (RouteRole role : roles) {
            if (!((Permission) role).allows(principal.role())) {
                throw ApiException.forbidden("the " + principal.role().id() + " role may not " + describe((Permission) role));
            }
        }
    }

    private Optional<Principal> authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            // A request that names a token is judged by it alone, never by a cookie the browser added.
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw ApiException.unauthorized("only \"Authorization: Bearer <token>\" is accepted");
            }
            return directory.bearer(authorization.substring(7).trim());
        }
        Optional<Sessions.Session> session = sessions.use(ctx.cookie(SESSION_COOKIE));
        if (session.isEmpty()) return Optional.empty();
        Optional<Principal> user = directory.signedIn(session.get().user());
        if (user.isEmpty()) {
            sessions.end(session.get().id());
            return Optional.empty();
        }
        if (!isSafe(ctx.method()) && !session.get().csrfMatches(ctx.header(CSRF_HEADER))) {
            throw new ApiException(403, "csrf_failed", "missing or wrong " + CSRF_HEADER + " header; reload the page and try again");
        }
        ctx.attribute(SESSION, session.get());
        return user;
    }

    private static boolean isSafe(HandlerType method) {
        return method == HandlerType.GET || method == HandlerType.HEAD || method == HandlerType.OPTIONS;
    }

    private static String describe(Permission permission) {
        return switch (permission) {
            case ARCHIVE_WIDE -> "see archive-wide statistics";
            case EXPORT -> "export evidence bundles";
            case IMPORT -> "add chat exports to the archive";
            case AUDIT -> "read the audit log";
            case PUBLIC, READ -> "do this";
        };
    }

    /** The signed-in principal of a request that passed the gate, or empty (public routes, refused requests). */
    static Optional<Principal> principal(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    static Optional<Sessions.Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /** The archive as the request's principal may see it. */
    ArchiveReader reader(Context ctx) {
        Principal p = principal(ctx).orElseThrow(() -> new IllegalStateException("no principal on " + ctx.path()));
        return archive.visibleTo(p.scope());
    }
}
