package io.docket.config;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything docket.yml configures.
 *
 * @param maildirs Maildirs that {@code serve --watch} keeps archived as files are delivered into them
 */
public record DocketConfig(Path data, ServerConfig server, List<AccountConfig> accounts, List<Path> maildirs, TradeConfig configuredTrade) {
    public static final Path DEFAULT_DATA = Path.of("./data");

    public DocketConfig {
        data = data == null ? DEFAULT_DATA : data;
        server = server == null ? ServerConfig.defaults() : server;
        accounts = List.copyOf(accounts == null ? List.of() : accounts);
        maildirs = List.copyOf(maildirs == null ? List.of() : maildirs);
        configuredTrade = configuredTrade == null ? TradeConfig.DEFAULTS : configuredTrade;
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
        return new DocketConfig(DEFAULT_DATA, ServerConfig.defaults(), List.of(), List.of(), TradeConfig.DEFAULTS);
    }

    /**
     * The trade settings in effect: when docket.yml names no company domains, the domains of the
     * harvested mailboxes are ours (a company archives its own staff's mail).
     */
    public TradeConfig trade() {
        if (!configuredTrade.companyDomains().isEmpty()) return configuredTrade;
        List<String> own = accounts.stream().map(AccountConfig::username).filter(u -> u.indexOf('@') > 0)
                .map(u -> u.substring(u.indexOf('@') + 1)).distinct().toList();
        return configuredTrade.withCompanyDomains(own);
    }

    public AccountConfig account(String name) {
        return accounts.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account named \"" + name + "\""));
    }
}
