package io.docket.bench;

import java.net.http.HttpClient;

/** The HTTP client the benches time the API with. */
final class ApiClient {
    private ApiClient() {}

    /**
     * HTTP/1.1, the protocol Docket's server speaks. The JDK's default prefers HTTP/2 and offers a cleartext
     * upgrade (h2c) that the server never takes; that offer cost the client 0.1-0.6 ms per request (measured against one server at 1M).
     */
    static HttpClient http11() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
}
