package io.docket.cli;

import io.docket.api.ServerSettings;

final class Urls {
    private Urls() {}

    static String of(String host, int port) {
        String h = host == null ? ServerSettings.DEFAULT_HOST : host;
        if (h.equals("0.0.0.0")) h = "127.0.0.1";
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + port + "/";
    }
}
