package io.docket.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditLog;
import io.docket.access.Role;
import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS from PEM files: a self-signed certificate made here, trusted by the client, and cookies marked Secure. */
class TlsServerTest {
    @TempDir
    Path dir;

    @Test
    void servesHttpsFromPemFilesWithSecureCookiesAndHsts() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=localhost");
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(60)),
                Date.from(now.plus(Duration.ofDays(1))), name, pair.getPublic())
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        Path certFile = dir.resolve("cert.pem");
        Path keyFile = dir.resolve("key.pem");
        Files.writeString(certFile, pem(certificate));
        // PKCS#8 ("BEGIN PRIVATE KEY"), as openssl and ACME clients write it today.
        Files.writeString(keyFile, pem(new org.bouncycastle.openssl.jcajce.JcaPKCS8Generator(pair.getPrivate(), null)));

        Path data = dir.resolve("data");
        try (EmbeddedArchive archive = Archives.open(data)) {
            ServerAccess access = new ServerAccess(new AccessDirectory(data), new AuditLog(data), Clock.systemUTC());
            access.directory().addUser("lena", Role.LEGAL, Set.of(), "a long enough password");
            DocketServer server = DocketServer.start(archive, ServerSettings.of("127.0.0.1", 0).withTls(certFile, keyFile), access, List::of);
            try {
                KeyStore trust = KeyStore.getInstance("PKCS12");
                trust.load(null, null);
                trust.setCertificateEntry("docket", certificate);
                TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                tmf.init(trust);
                SSLContext ssl = SSLContext.getInstance("TLS");
                ssl.init(null, tmf.getTrustManagers(), null);
                HttpClient https = HttpClient.newBuilder().sslContext(ssl).connectTimeout(Duration.ofSeconds(5)).build();
                String base = "https://localhost:" + server.port();

                HttpResponse<String> health = https.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, health.statusCode());
                assertTrue(health.headers().firstValue("Strict-Transport-Security").orElse("").startsWith("max-age="));
                HttpResponse<String> login = https.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"user\": \"lena\", \"password\": \"a long enough password\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, login.statusCode(), login.body());
                assertTrue(login.headers().firstValue("Set-Cookie").orElse("").contains("; Secure"));

                HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                HttpRequest clearText = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health"))
                        .timeout(Duration.ofSeconds(10)).build();
                // Plain HTTP to the TLS port gets no API answer: Jetty either refuses the bytes or says 400.
                try {
                    assertTrue(plain.send(clearText, HttpResponse.BodyHandlers.ofString()).statusCode() >= 400);
                } catch (java.io.IOException refused) {
                    // a closed connection is the other correct answer
                }
            } finally {
                server.close();
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ServerSettings.of("127.0.0.1", 0).withTls(certFile, null));
    }

    private static String pem(Object o) throws Exception {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(o);
        }
        return out.toString();
    }
}
