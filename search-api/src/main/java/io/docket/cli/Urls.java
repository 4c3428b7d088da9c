package io.docket.cli;

import io.docket.api.ServerSettings;

final class Urls {
    private Urls() {}

    static String of(String host, int port) {
        return of(host, port, false);
    }

    static String of(String host, int port, boolean tls) {
        String h = host == null ? ServerSettings.DEFAULT_HOST : host;
        if (h.equals("0.0.0.0")) h = "127.0.0.1";
        if (h.contains(":")) h = "[" + h + "]";
        return (tls ? "https://" : "http://") + h + ":" + port + "/";
    }

    static boolean isLoopback(String host) {
        return host == null || host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
