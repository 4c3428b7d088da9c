package io.docket.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything docket.yml configures. Later sections ({@code company}, {@code customers}, {@code orders})
 * become components here when they exist; until then the loader rejects them like any unknown key.
 */
public record DocketConfig(Path data, ServerConfig server, List<AccountConfig> accounts) {
    public static final Path DEFAULT_DATA = Path.of("./data");

    public DocketConfig {
        data = data == null ? DEFAULT_DATA : data;
        server = server == null ? ServerConfig.defaults() : server;
        accounts = List.copyOf(accounts == null ? List.of() : accounts);
        Set<String> names = new HashSet<>();
        for (int i = 0; i < accounts.size(); i++) {
            String name = accounts.get(i).name();
            // Account names key the harvest state and every Place, so two accounts must never share one.
            if (!names.add(name)) {
                throw new IllegalArgumentException("accounts[" + i + "].name: duplicate account name \"" + name + "\"");
            }
        }
    }

    public static DocketConfig defaults() {
        return new DocketConfig(DEFAULT_DATA, ServerConfig.defaults(), List.of());
    }

    public AccountConfig account(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account named \"" + name + "\""));
    }
}
