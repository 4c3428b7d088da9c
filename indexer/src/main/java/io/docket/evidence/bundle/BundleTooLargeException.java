package io.docket.evidence.bundle;

/** The request selects more messages than one bundle may hold ({@link BundleConfig#maxMessages()}). */
public final class BundleTooLargeException extends RuntimeException {
    public BundleTooLargeException(String message) {
        super(message);
    }
}
