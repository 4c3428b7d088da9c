package io.docket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    private final TrustedProxies nginx = TrustedProxies.of(List.of("127.0.0.1", "::1", "10.0.0.2"));

    @Test
    void aTrustedProxyNamesTheClientAsTheRightMostAddressThatIsNoProxy() {
        assertEquals("203.0.113.7", nginx.clientOf("127.0.0.1", List.of("203.0.113.7")));
        assertEquals("203.0.113.7", nginx.clientOf("127.0.0.1", List.of("198.51.100.1, 203.0.113.7")), "the left entry is the client's own claim");
        assertEquals("203.0.113.7", nginx.clientOf("127.0.0.1", List.of("198.51.100.1, 203.0.113.7, 10.0.0.2")), "through two proxies");
        assertEquals("203.0.113.7", nginx.clientOf("127.0.0.1", List.of("198.51.100.1", "203.0.113.7")), "several headers read in order");
        assertEquals("2001:db8::5", nginx.clientOf("0:0:0:0:0:0:0:1", List.of("2001:db8::5")), "IPv6, however it is written");
        assertEquals("2001:db8::5", nginx.clientOf("[::1]", List.of("2001:db8::5")));
    }

    @Test
    void withoutATrustedPeerOrAUsableHeaderThePeerIsTheClient() {
        assertEquals("192.0.2.50", nginx.clientOf("192.0.2.50", List.of("203.0.113.7")), "anyone else's header is a claim, not a fact");
        assertEquals("127.0.0.1", nginx.clientOf("127.0.0.1", List.of()));
        assertEquals("127.0.0.1", nginx.clientOf("127.0.0.1", List.of(" , ")));
        assertEquals("127.0.0.1", nginx.clientOf("127.0.0.1", List.of("unknown")), "a malformed hop ends the walk at the proxy");
        assertEquals("10.0.0.2", nginx.clientOf("127.0.0.1", List.of("evil.example, 10.0.0.2")));
        assertEquals("203.0.113.7", TrustedProxies.NONE.clientOf("203.0.113.7", List.of("198.51.100.1")));
        assertEquals("127.0.0.1", TrustedProxies.NONE.clientOf("127.0.0.1", List.of("198.51.100.1")), "no proxies configured: the header is ignored");
    }

    @Test
    void aTrustedProxySaysWhetherTheClientSpokeHttps() {
        assertEquals("https", nginx.schemeOf("127.0.0.1", "http", List.of("https")));
        assertEquals("https", nginx.schemeOf("127.0.0.1", "http", List.of("http, HTTPS")), "the nearest proxy's word");
        assertEquals("http", nginx.schemeOf("127.0.0.1", "http", List.of("https, http")));
        assertEquals("http", nginx.schemeOf("127.0.0.1", "http", List.of()));
        assertEquals("http", nginx.schemeOf("192.0.2.50", "http", List.of("https")), "anyone else's claim");
        assertEquals("https", TrustedProxies.NONE.schemeOf("192.0.2.50", "https", List.of()), "a TLS connection of its own");
    }

    @Test
    void onlyIpAddressesAreAccepted() {
        IllegalArgumentException name = assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("proxy.internal")));
        assertEquals("trustedProxies: \"proxy.internal\" is not an IP address (write one per proxy, such as 127.0.0.1 or ::1)", name.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("999.1.1.1")));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("1:2:3:4:5:6:7:8:9")));
        assertEquals(List.of("::1"), TrustedProxies.of(List.of("::1")).addresses());
    }

    @Test
    void docketYmlNamesTheProxies() {
        ServerConfig server = DocketConfigLoader.parse("docket.yml", "server: { trustedProxies: [127.0.0.1, '::1'] }").server();
        assertEquals(List.of("127.0.0.1", "::1"), server.trustedProxies().addresses());
        assertEquals(List.of(), DocketConfigLoader.parse("docket.yml", "server: { port: 7070 }").server().trustedProxies().addresses());
        ConfigException bad = assertThrows(ConfigException.class, () -> DocketConfigLoader.parse("docket.yml", "server: { trustedProxies: [nginx] }"));
        assertEquals("docket.yml: server.trustedProxies: \"nginx\" is not an IP address (write one per proxy, such as 127.0.0.1 or ::1)",
                bad.getMessage());
    }
}
