package io.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins every default: changing one is a decision, and this test makes it show in review. */
class ConfigDefaultsTest {
    @Test
    void docketDefaults() {
        DocketConfig c = DocketConfig.defaults();
        assertEquals(Path.of("./data"), c.data());
        assertEquals(List.of(), c.accounts());
        assertEquals(List.of(), c.maildirs());
        assertEquals(new ServerConfig("127.0.0.1", 7070), c.server());
    }

    @Test
    void accountDefaults() {
        AccountConfig a = AccountConfig.builder("sales", "imap.example.com", "sales@example.com").passwordEnv("PW").build();
        assertEquals(Security.SSL, a.security());
        assertEquals(993, a.port());
        assertEquals(List.of(), a.folders());
        assertEquals(200, a.batchSize());
        assertEquals(Duration.ofSeconds(30), a.connectTimeout());
        assertEquals(Duration.ofSeconds(120), a.readTimeout());
        assertEquals(5, a.reconnectAttempts());
        assertEquals(Duration.ofSeconds(1), a.reconnectBackoff());
        assertEquals(Duration.ofSeconds(60), a.pollInterval());
        assertEquals(Duration.ofMinutes(10), a.idleTimeout());
        assertEquals(true, a.idle());
    }

    @Test
    void defaultPortFollowsSecurity() {
        assertEquals(993, Security.SSL.defaultPort());
        assertEquals(143, Security.STARTTLS.defaultPort());
        assertEquals(143, Security.NONE.defaultPort());
    }
}
