package io.docket.harvest.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.config.AccountConfig;
import io.docket.config.Security;
import io.docket.harvest.CollectingSink;
import io.docket.harvest.InMemoryHarvestState;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconnectTest {
    @Test
    void backoffDoublesAndIsCapped() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1));
        assertEquals(List.of(100L, 200L, 400L, 800L, 1000L, 1000L),
                List.of(1, 2, 3, 4, 5, 60).stream().map(a -> b.delay(a).toMillis()).toList());
    }

    @Test
    void unreachableServerIsRetriedABoundedNumberOfTimes(@TempDir Path dir) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort(); // closed again: nothing listens there
        }
        Files.writeString(dir.resolve("pw"), "unused-Pa55");
        AccountConfig account = AccountConfig.builder("sales", "127.0.0.1", "sales@example.com").port(port)
                .security(Security.NONE).passwordFile(dir.resolve("pw")).reconnectAttempts(3)
                .reconnectBackoff(Duration.ofMillis(10)).connectTimeout(Duration.ofSeconds(2)).build();
        List<Integer> attempts = new ArrayList<>();
        HarvestListener listener = new HarvestListener() {
            @Override
            public void reconnecting(String a, int attempt, Duration wait, String reason) {
                attempts.add(attempt);
            }
        };
        CollectingSink sink = new CollectingSink();
        ImapHarvestException e = assertThrows(ImapHarvestException.class,
                () -> new ImapHarvester(account, new InMemoryHarvestState(sink), listener).harvest(sink));
        assertEquals(List.of(1, 2, 3), attempts);
        assertTrue(e.getMessage().startsWith("connection to 127.0.0.1:" + port + " for account sales lost; gave up after 3 "
                + "reconnect attempts: cannot connect to 127.0.0.1:" + port + " for account sales: ConnectException"), e.getMessage());
        assertTrue(!e.getMessage().contains("unused-Pa55"));
    }
}
