package io.docket.config;

import java.nio.file.Path;

/**
 * Where the search server listens. Loopback by default: the archive holds every mail of the company.
 * With {@code tlsCertificate} and {@code tlsKey} (PEM files) it serves HTTPS itself, for deployments
 * without a reverse proxy.
 */
public record ServerConfig(String host, int port, Path tlsCertificate, Path tlsKey) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host: must not be empty");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port: must be between 0 and 65535, got " + port);
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new IllegalArgumentException("tlsCertificate and tlsKey: give both PEM files, or neither");
        }
    }

    public ServerConfig(String host, int port) {
        this(host, port, null, null);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
    }
}
