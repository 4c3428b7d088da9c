package io.docket.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the search server listens. Loopback by default: the archive holds every mail of the company.
 * With {@code tlsCertificate} and {@code tlsKey} (PEM files) it serves HTTPS itself, for deployments
 * without a reverse proxy. Evidence bundles made through the API are kept for {@code exportsKeep}, then
 * removed (the lawyer has downloaded them; the originals and the custody log stay, and a bundle can be made again).
 * Behind a proxy, {@code trustedProxies} names it, so the client's own address is taken from X-Forwarded-For.
 */
public record ServerConfig(String host, int port, Path tlsCertificate, Path tlsKey, Duration exportsKeep, TrustedProxies trustedProxies) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final Duration DEFAULT_EXPORTS_KEEP = Duration.ofDays(30);

    public ServerConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host: must not be empty");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port: must be between 0 and 65535, got " + port);
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("tlsCertificate and tlsKey: give both PEM files, or neither");
        }
        exportsKeep = exportsKeep == null ? DEFAULT_EXPORTS_KEEP : exportsKeep;
        trustedProxies = trustedProxies == null ? TrustedProxies.NONE : trustedProxies;
        if (exportsKeep.compareTo(Duration.ofHours(1)) < 0) {
            throw new IllegalArgumentException("exportsKeep: at least 1h, so a bundle can be downloaded, got " + Durations.format(exportsKeep));
        }
    }

    public ServerConfig(String host, int port) {
        this(host, port, null, null, null, null);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
    }
}
