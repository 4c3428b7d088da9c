package io.docket.evidence.bundle;

import io.docket.model.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive's own Ed25519 signing key (RFC 8032), made on first use and kept in the data folder as
 * one file holding the private key (PKCS#8) and the public key (X.509 SubjectPublicKeyInfo), both PEM.
 * Ed25519 because it is deterministic, small, in every JDK since 15, and checkable with plain OpenSSL.
 */
public final class ArchiveKey {
    public static final String FILE_NAME = "archive-ed25519.pem";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private ArchiveKey(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** Loads the key under {@code dir}, making it first when there is none. Safe when two processes race. */
    public static ArchiveKey openOrCreate(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) return load(file);
            Files.createDirectories(dir);
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String pem = pem("PRIVATE KEY", pair.getPrivate().getEncoded()) + pem("PUBLIC KEY", pair.getPublic().getEncoded());
            Path temp = Files.createTempFile(dir, "key-", ".tmp");
            try {
                restrictToOwner(temp);
                Files.writeString(temp, pem, StandardCharsets.US_ASCII);
                // A hard link fails if the name exists, where a rename would replace: whoever links first wins.
                Files.createLink(file, temp);
            } catch (FileAlreadyExistsException lostTheRace) {
                return load(file);
            } finally {
                Files.deleteIfExists(temp);
            }
            return new ArchiveKey(pair.getPrivate(), pair.getPublic());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the archive key " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    private static ArchiveKey load(Path file) throws IOException, GeneralSecurityException {
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        byte[] privateDer = block(text, "PRIVATE KEY");
        byte[] publicDer = block(text, "PUBLIC KEY");
        if (privateDer == null || publicDer == null) throw new IOException(file + " does not hold an Ed25519 key pair in PEM");
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        return new ArchiveKey(factory.generatePrivate(new PKCS8EncodedKeySpec(privateDer)),
                factory.generatePublic(new X509EncodedKeySpec(publicDer)));
    }

    public byte[] sign(byte[] data) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(data);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    public String fingerprint() {
        return fingerprint(publicKey);
    }

    /** "sha256:" and the hex SHA-256 of the key's SubjectPublicKeyInfo: what the cover page and verdicts print. */
    public static String fingerprint(PublicKey key) {
        return "sha256:" + Sha256.of(key.getEncoded()).hex();
    }

    public static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A public key from PEM ("-----BEGIN PUBLIC KEY-----") or bare base64 of its DER. */
    public static PublicKey parsePublicKey(String text) {
        byte[] der = block(text, "PUBLIC KEY");
        try {
            if (der == null) der = Base64.getMimeDecoder().decode(text.strip());
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key (expected PEM \"BEGIN PUBLIC KEY\" as `docket key` prints)");
        }
    }

    private static byte[] block(String text, String label) {
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(label)) return Base64.getMimeDecoder().decode(m.group(2).replaceAll("\\s", ""));
        }
        return null;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data folder's own permissions protect it.
        }
    }
}
