package io.docket.evidence.bundle;

/** The request names nothing the archive holds: an unknown order or thread, or a search without hits. */
public final class NothingToExportException extends RuntimeException {
    public NothingToExportException(String message) {
        super(message);
    }
}
