package io.docket.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads docket.yml into {@link DocketConfig}; a missing file means every default and no accounts. */
public final class DocketConfigLoader {
    private static final Set<String> TOP = Set.of("data", "server", "accounts", "maildirs", "company", "customers", "orders");
    private static final Set<String> COMPANY = Set.of("domains", "timeZone");
    private static final Set<String> CUSTOMER = Set.of("name", "domains", "addresses", "chatNames", "phones");
    private static final Set<String> ORDERS = Set.of("patterns");
    private static final Set<String> SERVER = Set.of("host", "port", "tlsCertificate", "tlsKey", "exportsKeep", "trustedProxies");
    private static final Set<String> ACCOUNT = Set.of("name", "host", "port", "security", "username", "passwordEnv",
            "passwordFile", "folders", "batchSize", "connectTimeout", "readTimeout", "reconnectAttempts",
            "reconnectBackoff", "pollInterval", "idleTimeout", "idle");

    private DocketConfigLoader() {}

    public static DocketConfig load(Path file) {
        String name = file.getFileName().toString();
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (NoSuchFileException e) {
            return DocketConfig.defaults();
        } catch (IOException e) {
            throw new ConfigException(name + ": cannot read (" + e.getMessage() + ")");
        }
        return parse(name, yaml);
    }

    /** Parses YAML text; {@code fileName} only labels error messages. */
    public static DocketConfig parse(String fileName, String yaml) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(yaml);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : "line " + at.getLineNr() + ": ";
            throw new ConfigException(fileName + ": " + where + "not valid YAML (" + e.getOriginalMessage() + ")");
        }
        YamlNode top = new YamlNode(fileName, "", root);
        if (!top.present()) return DocketConfig.defaults();
        top.requireObject(TOP);
        Path data = top.parsed("data", DocketConfig.DEFAULT_DATA, Path::of);
        ServerConfig server = server(top.child("server"));
        List<AccountConfig> accounts = new ArrayList<>();
        for (YamlNode a : top.list("accounts")) accounts.add(account(a));
        List<Path> maildirs = top.textList("maildirs").stream().map(Path::of).toList();
        TradeConfig trade = trade(top);
        try {
            return new DocketConfig(data, server, accounts, maildirs, trade);
        } catch (IllegalArgumentException e) {
            throw top.invalid(e);
        }
    }

    private static TradeConfig trade(YamlNode top) {
        YamlNode company = top.child("company");
        List<String> domains = List.of();
        java.time.ZoneId zone = null;
        if (company.present()) {
            company.requireObject(COMPANY);
            domains = company.textList("domains");
            zone = company.parsed("timeZone", null, DocketConfigLoader::zone);
        }
        List<CustomerConfig> customers = new ArrayList<>();
        for (YamlNode c : top.list("customers")) {
            c.requireObject(CUSTOMER);
            if (!c.child("name").present()) throw c.child("name").error("required");
            try {
                customers.add(new CustomerConfig(c.text("name", null), c.textList("domains"), c.textList("addresses"),
                        c.textList("chatNames"), c.textList("phones")));
            } catch (IllegalArgumentException e) {
                throw c.invalid(e);
            }
        }
        YamlNode orders = top.child("orders");
        List<String> patterns = List.of();
        if (orders.present()) {
            orders.requireObject(ORDERS);
            patterns = orders.textList("patterns");
        }
        try {
            return new TradeConfig(domains, zone, customers, patterns);
        } catch (IllegalArgumentException e) {
            throw top.invalid(e);
        }
    }

    private static java.time.ZoneId zone(String id) {
        try {
            return java.time.ZoneId.of(id);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone \"" + id + "\" (use a region id such as Asia/Shanghai)");
        }
    }

    private static ServerConfig server(YamlNode n) {
        if (!n.present()) return ServerConfig.defaults();
        n.requireObject(SERVER);
        try {
            return new ServerConfig(n.text("host", ServerConfig.DEFAULT_HOST), n.integer("port", ServerConfig.DEFAULT_PORT),
                    n.parsed("tlsCertificate", null, Path::of), n.parsed("tlsKey", null, Path::of),
                    n.duration("exportsKeep", ServerConfig.DEFAULT_EXPORTS_KEEP), TrustedProxies.of(n.textList("trustedProxies")));
        } catch (IllegalArgumentException e) {
            throw n.invalid(e);
        }
    }

    private static AccountConfig account(YamlNode n) {
        n.requireObject(ACCOUNT);
        for (String required : List.of("name", "host", "username")) {
            if (!n.child(required).present()) throw n.child(required).error("required");
        }
        try {
            return AccountConfig.builder(n.text("name", null), n.text("host", null), n.text("username", null))
                    .port(n.integer("port", 0))
                    .security(n.parsed("security", AccountConfig.DEFAULT_SECURITY, Security::parse))
                    .passwordEnv(n.text("passwordEnv", null))
                    .passwordFile(n.parsed("passwordFile", null, Path::of))
                    .folders(n.textList("folders"))
                    .batchSize(n.integer("batchSize", AccountConfig.DEFAULT_BATCH_SIZE))
                    .connectTimeout(n.duration("connectTimeout", AccountConfig.DEFAULT_CONNECT_TIMEOUT))
                    .readTimeout(n.duration("readTimeout", AccountConfig.DEFAULT_READ_TIMEOUT))
                    .reconnectAttempts(n.integer("reconnectAttempts", AccountConfig.DEFAULT_RECONNECT_ATTEMPTS))
                    .reconnectBackoff(n.duration("reconnectBackoff", AccountConfig.DEFAULT_RECONNECT_BACKOFF))
                    .pollInterval(n.duration("pollInterval", AccountConfig.DEFAULT_POLL_INTERVAL))
                    .idleTimeout(n.duration("idleTimeout", AccountConfig.DEFAULT_IDLE_TIMEOUT))
                    .idle(n.bool("idle", true))
                    .build();
        } catch (IllegalArgumentException e) {
            throw n.invalid(e);
        }
    }
}
