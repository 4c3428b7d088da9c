package io.docket.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.access.AuditLog;
import io.docket.access.NotPermittedException;
import io.docket.backend.ArchiveBackend;
import io.docket.store.StoreCodec;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: configured once, every route in one block, errors mapped to JSON in one place. */
public final class DocketServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocketServer.class);
    /** Request attribute: the response already carries an {@link ApiError} from a handler. */
    private static final String API_ERROR = "docket.apiError";

    /**
     * The web UI's own pages load only their own modules and styles and the API: should mail text ever
     * reach the DOM as markup, no inline or foreign script could run. Mail HTML has its stricter policy (SafeHtml).
     */
    private static final Map<String, String> UI_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                    + "form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "same-origin",
            // Revalidate: a new server version must not run against cached modules of the old one.
            "Cache-Control", "no-cache");

    private final Javalin app;
    private final AuditLog audit;

    private DocketServer(Javalin app, AuditLog audit) {
        this.app = app;
        this.audit = audit;
    }

    /**
     * @param folders what `/api/v1/stats` lists as harvested folders (account, folder, messages, lastHarvest)
     */
    public static DocketServer start(ArchiveBackend archive, ServerSettings settings, ServerAccess access,
                                     Supplier<List<Map<String, Object>>> folders) {
        ObjectMapper mapper = StoreCodec.newMapper();
        Sessions sessions = new Sessions(access.clock());
        AccessGate gate = new AccessGate(access.directory(), sessions, archive);
        ReaderFor readers = gate::reader;
        SecurityHeaders headers = new SecurityHeaders();
        AuditTrail trail = new AuditTrail(access.audit());
        SessionHandler session = new SessionHandler(access.directory(), sessions, new LoginThrottle(access.clock()), access.audit(), mapper);
        AuditHandler audit = new AuditHandler(access.audit());
        SearchHandler search = new SearchHandler(readers, settings.maxQueryLength());
        MessageHandler messages = new MessageHandler(readers);
        TradeHandler trade = new TradeHandler(readers, settings.maxQueryLength());
        ExportHandler exports = new ExportHandler(readers, mapper, settings.maxQueryLength());
        ChatHandler chats = new ChatHandler(archive, readers);
        Javalin app = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = settings.maxRequestBytes();
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            if (settings.tls()) config.jetty.addConnector((server, http) -> TlsConnector.create(server, http, settings));
            // Every ctx.ip() (audit log, sign-in throttling, export custody) names the client, also behind a trusted proxy.
            config.contextResolver.ip = ctx -> settings.trustedProxies().clientOf(ctx.req().getRemoteAddr(),
                    Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
            // Behind a TLS proxy the connection is plain HTTP, but cookies must be Secure and HSTS sent all the same.
            config.contextResolver.scheme = ctx -> settings.trustedProxies().schemeOf(ctx.req().getRemoteAddr(), ctx.req().getScheme(),
                    Collections.list(ctx.req().getHeaders("X-Forwarded-Proto")));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = UI_HEADERS;
            });

            config.routes.before(headers::apply);
            config.routes.beforeMatched(trail::note);
            config.routes.beforeMatched(gate::check);
            config.routes.after(trail::after);

            config.routes.get("/api/v1/health", ctx -> ctx.json(Map.of("status", "ok")), Permission.PUBLIC);
            config.routes.post("/api/v1/session", session::signIn, Permission.PUBLIC);
            config.routes.get("/api/v1/session", session::whoAmI, Permission.READ);
            config.routes.delete("/api/v1/session", session::signOut, Permission.READ);
            config.routes.get("/api/v1/stats", ctx -> ctx.json(StatsHandler.stats(archive, folders.get())), Permission.ARCHIVE_WIDE);
            config.routes.get("/api/v1/search", search::search, Permission.READ);
            config.routes.get("/api/v1/messages/{id}", messages::message, Permission.READ);
            config.routes.get("/api/v1/messages/{id}/html", messages::html, Permission.READ);
            config.routes.get("/api/v1/messages/{id}/raw", messages::raw, Permission.READ);
            config.routes.get("/api/v1/messages/{id}/attachments/{index}", messages::attachment, Permission.READ);
            config.routes.get("/api/v1/threads/{id}", messages::thread, Permission.READ);
            config.routes.get("/api/v1/orders", trade::orders, Permission.READ);
            config.routes.get("/api/v1/orders/{order}/evidence", trade::evidence, Permission.READ);
            config.routes.get("/api/v1/customers", trade::customers, Permission.READ);
            config.routes.get("/api/v1/customers/{id}", trade::customer, Permission.READ);
            config.routes.post("/api/v1/exports", exports::create, Permission.EXPORT);
            config.routes.get("/api/v1/exports/{id}", exports::download, Permission.EXPORT);
            config.routes.post("/api/v1/chats", chats::upload, Permission.IMPORT);
            config.routes.get("/api/v1/unconfirmed", chats::unconfirmed, Permission.READ);
            config.routes.get("/api/v1/audit", audit::list, Permission.AUDIT);
            config.routes.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()), Permission.READ);

            config.routes.exception(ApiException.class, (e, ctx) -> {
                ctx.attribute(API_ERROR, true);
                ctx.status(e.status()).json(new ApiError(e.error(), e.getMessage()));
            });
            config.routes.exception(NotPermittedException.class, (e, ctx) -> {
                ctx.attribute(API_ERROR, true);
                ctx.status(403).json(new ApiError("forbidden", e.getMessage()));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).json(new ApiError("internal_error", "the server could not complete the request"));
            });
            config.routes.error(404, "*", ctx -> {
                // Javalin answers an unknown route in plain text, or in its own JSON shape to clients that
                // accept JSON (the web UI); an API client always gets Docket's one error shape.
                if (ctx.path().startsWith("/api/") && ctx.attribute(API_ERROR) == null) {
                    ctx.json(new ApiError("not_found", "no such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
            config.routes.error(413, "*", ctx -> ctx.json(new ApiError("payload_too_large",
                    "request body larger than " + settings.maxRequestBytes() + " bytes")));
        }).start();
        return new DocketServer(app, access.audit());
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        audit.close();   // the audit file stays open while serving; a later append would open it again
    }
}
