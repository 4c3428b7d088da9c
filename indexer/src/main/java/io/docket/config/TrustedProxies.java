package io.docket.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The proxies in front of the server (a TLS terminator such as nginx) whose X-Forwarded-For and
 * X-Forwarded-Proto are believed.
 * Behind one, every request comes from the proxy's address: the audit log named it as the client, and
 * twenty failed sign-ins by anyone throttled every user's sign-in by address. From any other peer the
 * header is ignored, since a client could write anything in it.
 */
public final class TrustedProxies {
    public static final TrustedProxies NONE = new TrustedProxies(Set.of(), List.of());

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    /** Strict, so that no text reaches {@link InetAddress#getByName} as a host name to look up. */
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(?:\\." + OCTET + "){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final Set<InetAddress> proxies;
    private final List<String> written;

    private TrustedProxies(Set<InetAddress> proxies, List<String> written) {
        this.proxies = proxies;
        this.written = written;
    }

    /** Addresses as IP literals ("127.0.0.1", "::1"); anything else is refused, since names would need DNS at every request. */
    public static TrustedProxies of(List<String> addresses) {
        Set<InetAddress> parsed = new LinkedHashSet<>();
        for (String address : addresses) {
            parsed.add(literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "trustedProxies: \"" + address + "\" is not an IP address (write one per proxy, such as 127.0.0.1 or ::1)")));
        }
        return new TrustedProxies(Set.copyOf(parsed), List.copyOf(addresses));
    }

    public List<String> addresses() {
        return written;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustedProxies other && proxies.equals(other.proxies);
    }

    @Override
    public int hashCode() {
        return proxies.hashCode();
    }

    @Override
    public String toString() {
        return "TrustedProxies" + written;
    }

    /**
     * The client behind {@code peer}: the peer itself unless it is a trusted proxy; then the right-most
     * address of X-Forwarded-For that is not a trusted proxy (entries further left were written by whoever
     * sent the request and prove nothing). A malformed entry ends the walk at the hop that wrote it.
     *
     * @param forwardedFor every X-Forwarded-For header of the request, in order (may be empty)
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        String client = peer;
        if (!trusted(client)) return client;
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) return client;
            client = hop;
            if (!trusted(hop)) return hop;
        }
        return client;
    }

    /**
     * The scheme the client used: "https" when a trusted proxy says so in X-Forwarded-Proto (it ended TLS),
     * else the scheme of the connection itself.
     */
    public String schemeOf(String peer, String connectionScheme, List<String> forwardedProto) {
        if (!trusted(peer) || forwardedProto.isEmpty()) return connectionScheme;
        String[] hops = forwardedProto.getLast().split(",");
        String nearest = hops[hops.length - 1].strip();
        return nearest.equalsIgnoreCase("https") ? "https" : connectionScheme;
    }

    private boolean trusted(String address) {
        return !proxies.isEmpty() && literal(address).map(proxies::contains).orElse(false);
    }

    private static Optional<InetAddress> literal(String text) {
        String s = text == null ? "" : text.strip();
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1);
        if (!IPV4.matcher(s).matches() && !IPV6.matcher(s).matches()) return Optional.empty();
        try {
            return Optional.of(InetAddress.getByName(s));   // a literal (checked above): parsed, never looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
