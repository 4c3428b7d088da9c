package io.docket.api;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * An HTTPS listener from PEM files (certificate chain, unencrypted private key in PKCS#8 or the older
 * RSA/EC forms), the files every ACME client and `openssl` produce, for deployments without a reverse
 * proxy. BouncyCastle reads the PEM forms the JDK cannot.
 */
final class TlsConnector {
    private static final char[] IN_MEMORY_PASSWORD = "docket".toCharArray();

    private TlsConnector() {}

    static ServerConnector create(Server server, HttpConfiguration http, ServerSettings settings) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(keyStore(settings.tlsCertificate(), settings.tlsKey()));
        ssl.setKeyStorePassword(new String(IN_MEMORY_PASSWORD));
        ssl.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        HttpConfiguration https = new HttpConfiguration(http);
        // One certificate serves every name the server is reached by; the SNI host check would refuse loopback clients.
        https.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        return connector;
    }

    static KeyStore keyStore(Path certificateFile, Path keyFile) {
        try {
            List<X509Certificate> chain = certificates(certificateFile);
            if (chain.isEmpty()) throw new IllegalArgumentException("no certificate in " + certificateFile);
            PrivateKey key = privateKey(keyFile);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("docket", key, IN_MEMORY_PASSWORD, chain.toArray(new X509Certificate[0]));
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot use the TLS certificate " + certificateFile + " and key " + keyFile + ": "
                    + e.getMessage(), e);
        }
    }

    private static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(reader)) {
            Object o;
            while ((o = pem.readObject()) != null) {
                if (o instanceof X509CertificateHolder holder) out.add(converter.getCertificate(holder));
            }
        }
        return out;
    }

    private static PrivateKey privateKey(Path file) throws IOException {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII); PEMParser pem = new PEMParser(reader)) {
            Object o;
            while ((o = pem.readObject()) != null) {
                if (o instanceof PEMKeyPair pair) return converter.getPrivateKey(pair.getPrivateKeyInfo()); // the public half may be absent
                if (o instanceof PrivateKeyInfo info) return converter.getPrivateKey(info);
                if (o.getClass().getSimpleName().contains("Encrypted")) {
                    throw new IllegalArgumentException("the private key is encrypted; give Docket an unencrypted key file readable only by its user");
                }
            }
        }
        throw new IllegalArgumentException("no private key in " + file);
    }
}
