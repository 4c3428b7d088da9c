package io.docket.evidence.bundle;

/**
 * What an export produced, as the command line prints it and the API returns it.
 *
 * @param manifestSha256 SHA-256 of manifest.json, the file the signature covers and the custody log records
 * @param keyFingerprint SHA-256 of the signing key's public key (X.509 SubjectPublicKeyInfo)
 */
public record BundleSummary(String id, String request, int messages, int attachments, int files, String manifestSha256,
                            String keyFingerprint) {}
