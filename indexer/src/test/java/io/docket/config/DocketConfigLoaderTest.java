package io.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocketConfigLoaderTest {
    private static final String EXAMPLE = """
            data: ./data
            server: { host: 127.0.0.1, port: 7070 }
            accounts:
              - name: sales
                host: imap.example.com
                port: 993
                security: ssl            # ssl | starttls | none
                username: sales@example.com
                passwordEnv: DOCKET_SALES_PASSWORD   # or passwordFile: /path
                folders: [INBOX, Sent]   # optional; default: every selectable folder
            """;

    @Test
    void readsTheDocumentedExample() {
        DocketConfig c = DocketConfigLoader.parse("docket.yml", EXAMPLE);
        assertEquals(Path.of("./data"), c.data());
        assertEquals(new ServerConfig("127.0.0.1", 7070), c.server());
        AccountConfig sales = c.account("sales");
        assertEquals("imap.example.com", sales.host());
        assertEquals(993, sales.port());
        assertEquals(Security.SSL, sales.security());
        assertEquals("sales@example.com", sales.username());
        assertEquals("DOCKET_SALES_PASSWORD", sales.passwordEnv());
        assertEquals(List.of("INBOX", "Sent"), sales.folders());
        assertEquals(AccountConfig.DEFAULT_BATCH_SIZE, sales.batchSize());
    }

    @Test
    void readsTheMaildirsServeWatches() {
        DocketConfig c = DocketConfigLoader.parse("docket.yml", "maildirs: [/home/lena/Maildir, ./mail/sales]\n");
        assertEquals(List.of(Path.of("/home/lena/Maildir"), Path.of("./mail/sales")), c.maildirs());
        assertError("docket.yml: maildirs: expected a list, got \"/home/lena/Maildir\"", "maildirs: /home/lena/Maildir\n");
    }

    @Test
    void missingFileMeansDefaults(@TempDir Path dir) {
        assertEquals(DocketConfig.defaults(), DocketConfigLoader.load(dir.resolve("docket.yml")));
    }

    @Test
    void emptyFileMeansDefaults() {
        assertEquals(DocketConfig.defaults(), DocketConfigLoader.parse("docket.yml", ""));
    }

    @Test
    void readsDurationsAndStartTlsDefaultPort(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("docket.yml"), """
                accounts:
                  - { name: ops, host: mail.local, security: starttls, username: ops, passwordFile: /run/secrets/ops,
                      batchSize: 50, connectTimeout: 5s, readTimeout: 500ms, pollInterval: 2m, idleTimeout: 1h }
                """.replace("1h", "20m"));
        AccountConfig ops = DocketConfigLoader.load(dir.resolve("docket.yml")).account("ops");
        assertEquals(143, ops.port());
        assertEquals(Path.of("/run/secrets/ops"), ops.passwordFile());
        assertEquals(50, ops.batchSize());
        assertEquals(Duration.ofSeconds(5), ops.connectTimeout());
        assertEquals(Duration.ofMillis(500), ops.readTimeout());
        assertEquals(Duration.ofMinutes(2), ops.pollInterval());
        assertEquals(Duration.ofMinutes(20), ops.idleTimeout());
    }

    @Test
    void badSecurityNamesKeyPathAndChoices() {
        assertError("docket.yml: accounts[0].security: expected one of ssl, starttls, none, got \"tls\"",
                EXAMPLE.replace("security: ssl", "security: tls"));
    }

    @Test
    void unknownAccountKeyIsAnError() {
        assertError("docket.yml: accounts[0].pasword: unknown key (expected one of batchSize, connectTimeout, folders, host, "
                        + "idle, idleTimeout, name, passwordEnv, passwordFile, pollInterval, port, readTimeout, reconnectAttempts, "
                        + "reconnectBackoff, security, username)",
                EXAMPLE.replace("passwordEnv: DOCKET", "pasword: x\n    passwordEnv: DOCKET"));
    }

    @Test
    void readsCompanyCustomersAndOrderPatterns() {
        DocketConfig c = DocketConfigLoader.parse("docket.yml", EXAMPLE + """
                company: { domains: [huada-lighting.com, "@huada.cn"], timeZone: Asia/Shanghai }
                customers:
                  - name: Müller GmbH
                    domains: [mueller-gmbh.de]
                    chatNames: [Hans Müller, Petra Schmidt]
                    phones: ['+49 40 3098 7654']
                  - name: David Otieno
                    addresses: [otieno.lighting@gmail.com]
                orders:
                  patterns: ['HD\\d{8}']
                """);
        assertEquals(List.of("Hans Müller", "Petra Schmidt"), c.trade().customers().get(0).chatNames());
        assertEquals(List.of("+49 40 3098 7654"), c.trade().customers().get(0).phones());
        assertEquals(List.of("huada-lighting.com", "huada.cn"), c.trade().companyDomains());
        assertEquals(java.time.ZoneId.of("Asia/Shanghai"), c.trade().companyZone());
        assertEquals("Müller GmbH", c.trade().customers().get(0).name());
        assertEquals(List.of("otieno.lighting@gmail.com"), c.trade().customers().get(1).addresses());
        assertEquals(List.of("HD\\d{8}"), c.trade().orderPatterns());
    }

    @Test
    void withoutCompanyDomainsTheAccountsDomainsAreOurs() {
        assertEquals(List.of("example.com"), DocketConfigLoader.parse("docket.yml", EXAMPLE).trade().companyDomains());
    }

    @Test
    void tradeSectionErrorsNameTheKey() {
        assertError("docket.yml: company.timeZone: unknown time zone \"Shanghai\" (use a region id such as Asia/Shanghai)",
                "company: { timeZone: Shanghai }");
        assertError("docket.yml: customers[0].domains: a customer needs at least one domain, address, chat name or phone", "customers: [ { name: X } ]");
        assertError("docket.yml: orders.patterns[0]: not a valid regular expression (Unclosed group)", "orders: { patterns: ['(HD'] }");
        assertError("docket.yml: customers[0].phones: \"Hans\" is not a phone number (write it as +49 40 3098 7654)",
                "customers: [ { name: X, phones: [Hans] } ]");
        assertError("docket.yml: company.name: unknown key (expected one of domains, timeZone)", "company: { name: Acme }");
    }

    @Test
    void unknownServerKeyIsAnError() {
        assertError("docket.yml: server.hots: unknown key (expected one of exportsKeep, host, port, tlsCertificate, tlsKey, trustedProxies)", "server: { hots: 0.0.0.0 }");
    }

    @Test
    void exportsAreKeptThirtyDaysUnlessToldAndAtLeastAnHour() {
        assertEquals(java.time.Duration.ofDays(30), DocketConfigLoader.parse("docket.yml", "server: { port: 7070 }").server().exportsKeep());
        assertEquals(java.time.Duration.ofDays(7), DocketConfigLoader.parse("docket.yml", "server: { exportsKeep: 7d }").server().exportsKeep());
        assertEquals(java.time.Duration.ofHours(36), DocketConfigLoader.parse("docket.yml", "server: { exportsKeep: 36h }").server().exportsKeep());
        assertError("docket.yml: server.exportsKeep: at least 1h, so a bundle can be downloaded, got 10m", "server: { exportsKeep: 10m }");
        assertError("docket.yml: server.exportsKeep: expected a duration like 500ms, 30s, 5m, 1h or 30d, got \"a month\"",
                "server: { exportsKeep: a month }");
    }

    @Test
    void tlsNeedsBothTheCertificateAndTheKey() {
        assertError("docket.yml: server.tlsCertificate and tlsKey: give both PEM files, or neither", "server: { tlsCertificate: cert.pem }");
    }

    @Test
    void badPortNamesKeyPath() {
        assertError("docket.yml: accounts[0].port: must be between 1 and 65535, got 99999", EXAMPLE.replace("993", "99999"));
        assertError("docket.yml: server.port: expected a whole number, got \"http\"", "server: { port: http }");
    }

    @Test
    void badDurationNamesKeyPath() {
        assertError("docket.yml: accounts[0].readTimeout: expected a duration like 500ms, 30s, 5m, 1h or 30d, got \"soon\"",
                EXAMPLE + "    readTimeout: soon\n");
    }

    @Test
    void idleCanBeTurnedOff() {
        assertEquals(false, DocketConfigLoader.parse("docket.yml", EXAMPLE + "    idle: false\n").account("sales").idle());
        assertError("docket.yml: accounts[0].idle: expected true or false, got \"sometimes\"", EXAMPLE + "    idle: sometimes\n");
    }

    @Test
    void idleTimeoutStaysUnderTheRfc2177Limit() {
        assertError("docket.yml: accounts[0].idleTimeout: must be at most 29m (RFC 2177), got 30m", EXAMPLE + "    idleTimeout: 30m\n");
    }

    @Test
    void passwordSourceMustBeExactlyOne() {
        assertError("docket.yml: accounts[0].passwordEnv: set exactly one of passwordEnv and passwordFile",
                EXAMPLE + "    passwordFile: /tmp/pw\n");
        assertError("docket.yml: accounts[0].passwordEnv: set exactly one of passwordEnv and passwordFile",
                EXAMPLE.replace("    passwordEnv: DOCKET_SALES_PASSWORD   # or passwordFile: /path\n", ""));
    }

    @Test
    void requiredKeysAreNamed() {
        assertError("docket.yml: accounts[0].host: required", EXAMPLE.replace("    host: imap.example.com\n", ""));
    }

    @Test
    void duplicateAccountNamesAreRejected() {
        String twice = EXAMPLE + """
                  - { name: sales, host: h, username: u, passwordEnv: X }
                """;
        assertError("docket.yml: accounts[1].name: duplicate account name \"sales\"", twice);
    }

    @Test
    void brokenYamlNamesTheLine() {
        ConfigException e = assertThrows(ConfigException.class, () -> DocketConfigLoader.parse("docket.yml", "server: [\n  a: b\n"));
        assertEquals(true, e.getMessage().startsWith("docket.yml: line "), e.getMessage());
    }

    @Test
    void passwordIsReadLazilyAndNeverShown(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("pw");
        DocketConfig c = DocketConfigLoader.parse("docket.yml", EXAMPLE.replace("passwordEnv: DOCKET_SALES_PASSWORD", "passwordFile: " + file));
        // The file did not exist at load time: resolution happens at connect time only.
        Files.writeString(file, "hunter2-secret\n");
        AccountConfig sales = c.account("sales");
        assertEquals("hunter2-secret", sales.password());
        assertFalse(c.toString().contains("hunter2"), c.toString());
        assertFalse(sales.describe().contains("hunter2"));
    }

    @Test
    void missingPasswordSourcesSayWhereTheyLooked(@TempDir Path dir) {
        AccountConfig env = AccountConfig.builder("a", "h", "u").passwordEnv("DOCKET_TEST_SURELY_UNSET_42").build();
        assertEquals("account a: environment variable DOCKET_TEST_SURELY_UNSET_42 is not set",
                assertThrows(ConfigException.class, env::password).getMessage());
        Path missing = dir.resolve("nope");
        AccountConfig file = AccountConfig.builder("a", "h", "u").passwordFile(missing).build();
        assertEquals("account a: cannot read password file " + missing + " (NoSuchFileException)",
                assertThrows(ConfigException.class, file::password).getMessage());
    }

    private static void assertError(String expected, String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> DocketConfigLoader.parse("docket.yml", yaml));
        assertEquals(expected, e.getMessage());
    }
}
