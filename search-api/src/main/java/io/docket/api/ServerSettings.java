package io.docket.api;

import io.docket.config.ServerConfig;
import io.docket.config.TrustedProxies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the HTTP server listens. Loopback by default: an archive of a company's mail is not put on the
 * network by accident. With a certificate and key it speaks only HTTPS and marks its cookies Secure.
 */
public record ServerSettings(String host, int port, int maxQueryLength, long maxRequestBytes, Path tlsCertificate, Path tlsKey,
                             Duration exportsKeep, TrustedProxies trustedProxies) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final int DEFAULT_MAX_QUERY_LENGTH = 2_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000;

    public ServerSettings {
        if (host == null || host.isBlank()) host = DEFAULT_HOST;
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("server port must be 0..65535, got " + port);
        if (maxQueryLength < 1) throw new IllegalArgumentException("maxQueryLength must be >= 1, got " + maxQueryLength);
        if (maxRequestBytes < 1) throw new IllegalArgumentException("maxRequestBytes must be >= 1, got " + maxRequestBytes);
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("TLS needs both a certificate file and a key file");
        }
        if (tlsCertificate != null && !Files.isReadable(tlsCertificate)) {
            throw new IllegalArgumentException("cannot read the TLS certificate " + tlsCertificate);
        }
        if (tlsKey != null && !Files.isReadable(tlsKey)) throw new IllegalArgumentException("cannot read the TLS key " + tlsKey);
        exportsKeep = exportsKeep == null ? ServerConfig.DEFAULT_EXPORTS_KEEP : exportsKeep;
        trustedProxies = trustedProxies == null ? TrustedProxies.NONE : trustedProxies;
    }

    public static ServerSettings of(String host, int port) {
        return new ServerSettings(host, port, DEFAULT_MAX_QUERY_LENGTH, DEFAULT_MAX_REQUEST_BYTES, null, null, null, null);
    }

    public ServerSettings withTls(Path certificate, Path key) {
        return new ServerSettings(host, port, maxQueryLength, maxRequestBytes, certificate, key, exportsKeep, trustedProxies);
    }

    /** How long the bundles made through the API are kept ({@link io.docket.backend.ArchiveBackend#expireExports}). */
    public ServerSettings withExportsKeep(Duration keep) {
        return new ServerSettings(host, port, maxQueryLength, maxRequestBytes, tlsCertificate, tlsKey, keep, trustedProxies);
    }

    /** The proxies whose X-Forwarded-For names the client (audit log, sign-in throttling by address). */
    public ServerSettings withTrustedProxies(TrustedProxies proxies) {
        return new ServerSettings(host, port, maxQueryLength, maxRequestBytes, tlsCertificate, tlsKey, exportsKeep, proxies);
    }

    public boolean tls() {
        return tlsCertificate != null;
    }
}
