package io.docket.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One IMAP account to archive. The password is never a field: only where to read it
 * ({@code passwordEnv} or {@code passwordFile}), resolved by {@link #password()} at connect time, so it
 * cannot reach toString, logs or error messages through this record.
 *
 * @param folders          folders to harvest; empty means every selectable folder, recursively
 * @param batchSize        messages per UID FETCH round trip and per sink flush; the unit of re-delivery after a crash
 * @param reconnectAttempts connection attempts after a drop before the harvest gives up
 * @param reconnectBackoff first wait between attempts; doubles each time up to {@link #MAX_BACKOFF}
 * @param pollInterval     how often watch mode polls a server without IDLE
 * @param idleTimeout      how long one IDLE may run before it is re-issued; RFC 2177 asks clients to
 *                         re-issue before the server's 30-minute inactivity timeout (RFC 3501 5.4)
 * @param idle             use IDLE in watch mode when the server offers it; false forces polling, for
 *                         servers whose IDLE is advertised but broken
 */
public record AccountConfig(String name, String host, int port, Security security, String username,
                            String passwordEnv, Path passwordFile, List<String> folders, int batchSize,
                            Duration connectTimeout, Duration readTimeout, int reconnectAttempts,
                            Duration reconnectBackoff, Duration pollInterval, Duration idleTimeout, boolean idle) {
    public static final Security DEFAULT_SECURITY = Security.SSL;
    public static final int DEFAULT_BATCH_SIZE = 200;
    public static final int MAX_BATCH_SIZE = 10_000;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(120);
    public static final int DEFAULT_RECONNECT_ATTEMPTS = 5;
    public static final Duration DEFAULT_RECONNECT_BACKOFF = Duration.ofSeconds(1);
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(2);
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final Duration MAX_IDLE_TIMEOUT = Duration.ofMinutes(29);

    /** Account names appear in Place, in state keys and on the command line: keep them plain. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public AccountConfig {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name: expected letters, digits, '.', '_' or '-' (at most 64), got \"" + name + "\"");
        }
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host: must not be empty");
        security = security == null ? DEFAULT_SECURITY : security;
        port = port == 0 ? security.defaultPort() : port;
        if (port < 1 || port > 65535) throw new IllegalArgumentException("port: must be between 1 and 65535, got " + port);
        if (username == null || username.isBlank()) throw new IllegalArgumentException("username: must not be empty");
        passwordEnv = passwordEnv == null || passwordEnv.isBlank() ? null : passwordEnv;
        if ((passwordEnv == null) == (passwordFile == null)) {
            throw new IllegalArgumentException("passwordEnv: set exactly one of passwordEnv and passwordFile");
        }
        folders = List.copyOf(folders == null ? List.of() : folders);
        for (int i = 0; i < folders.size(); i++) {
            if (folders.get(i) == null || folders.get(i).isEmpty()) throw new IllegalArgumentException("folders[" + i + "]: must not be empty");
        }
        if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
            throw new IllegalArgumentException("batchSize: must be between 1 and " + MAX_BATCH_SIZE + ", got " + batchSize);
        }
        connectTimeout = positive("connectTimeout", connectTimeout, DEFAULT_CONNECT_TIMEOUT);
        readTimeout = positive("readTimeout", readTimeout, DEFAULT_READ_TIMEOUT);
        if (reconnectAttempts < 0 || reconnectAttempts > 100) {
            throw new IllegalArgumentException("reconnectAttempts: must be between 0 and 100, got " + reconnectAttempts);
        }
        reconnectBackoff = positive("reconnectBackoff", reconnectBackoff, DEFAULT_RECONNECT_BACKOFF);
        pollInterval = positive("pollInterval", pollInterval, DEFAULT_POLL_INTERVAL);
        idleTimeout = positive("idleTimeout", idleTimeout, DEFAULT_IDLE_TIMEOUT);
        if (idleTimeout.compareTo(MAX_IDLE_TIMEOUT) > 0) {
            throw new IllegalArgumentException("idleTimeout: must be at most 29m (RFC 2177), got " + Durations.format(idleTimeout));
        }
    }

    private static Duration positive(String key, Duration value, Duration fallback) {
        if (value == null) return fallback;
        if (value.isNegative() || value.isZero()) throw new IllegalArgumentException(key + ": must be positive, got " + Durations.format(value));
        return value;
    }

    /** A builder with every default filled in; the YAML loader and tests both use it. */
    public static Builder builder(String name, String host, String username) {
        return new Builder(name, host, username);
    }

    /**
     * Reads the password now, from the environment variable or the file (one trailing newline dropped).
     * Errors name where it was looked for, never what was found.
     */
    public String password() {
        if (passwordEnv != null) {
            String value = System.getenv(passwordEnv);
            if (value == null || value.isEmpty()) {
                throw new ConfigException("account " + name + ": environment variable " + passwordEnv + " is not set");
            }
            return value;
        }
        try {
            String value = Files.readString(passwordFile, StandardCharsets.UTF_8);
            if (value.endsWith("\n")) value = value.substring(0, value.length() - 1);
            if (value.endsWith("\r")) value = value.substring(0, value.length() - 1);
            if (value.isEmpty()) throw new ConfigException("account " + name + ": password file " + passwordFile + " is empty");
            return value;
        } catch (IOException e) {
            throw new ConfigException("account " + name + ": cannot read password file " + passwordFile + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** "sales (sales@example.com at imap.example.com:993, ssl)" for logs and errors. */
    public String describe() {
        return name + " (" + username + " at " + host + ":" + port + ", " + security.yamlName() + ")";
    }

    public static final class Builder {
        private final String name;
        private final String host;
        private final String username;
        private int port;
        private Security security = DEFAULT_SECURITY;
        private String passwordEnv;
        private Path passwordFile;
        private List<String> folders = List.of();
        private int batchSize = DEFAULT_BATCH_SIZE;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private int reconnectAttempts = DEFAULT_RECONNECT_ATTEMPTS;
        private Duration reconnectBackoff = DEFAULT_RECONNECT_BACKOFF;
        private Duration pollInterval = DEFAULT_POLL_INTERVAL;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private boolean idle = true;

        private Builder(String name, String host, String username) {
            this.name = name;
            this.host = host;
            this.username = username;
        }

        /** 0 means the default port of the security mode. */
        public Builder port(int v) { port = v; return this; }
        public Builder security(Security v) { security = v; return this; }
        public Builder passwordEnv(String v) { passwordEnv = v; return this; }
        public Builder passwordFile(Path v) { passwordFile = v; return this; }
        public Builder folders(List<String> v) { folders = v; return this; }
        public Builder batchSize(int v) { batchSize = v; return this; }
        public Builder connectTimeout(Duration v) { connectTimeout = v; return this; }
        public Builder readTimeout(Duration v) { readTimeout = v; return this; }
        public Builder reconnectAttempts(int v) { reconnectAttempts = v; return this; }
        public Builder reconnectBackoff(Duration v) { reconnectBackoff = v; return this; }
        public Builder pollInterval(Duration v) { pollInterval = v; return this; }
        public Builder idleTimeout(Duration v) { idleTimeout = v; return this; }
        public Builder idle(boolean v) { idle = v; return this; }

        public AccountConfig build() {
            return new AccountConfig(name, host, port, security, username, passwordEnv, passwordFile, folders, batchSize,
                    connectTimeout, readTimeout, reconnectAttempts, reconnectBackoff, pollInterval, idleTimeout, idle);
        }
    }
}
