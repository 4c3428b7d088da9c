package io.docket.config;

/** Where the search server listens. Loopback by default: the archive holds every mail of the company. */
public record ServerConfig(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;

    public ServerConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host: must not be empty");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port: must be between 0 and 65535, got " + port);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT);
    }
}
