package io.docket.evidence.bundle;

import io.docket.model.TradeFacts;
import java.util.List;

/**
 * manifest.json: what the bundle holds and the SHA-256 of every file in it but itself and its signature.
 * {@code manifest.sig} is the detached Ed25519 signature of this file's exact bytes, so changing, removing
 * or adding any file, or editing the manifest, is found by {@link BundleVerifier}.
 *
 * @param format    "docket-evidence-bundle/1"; a verifier refuses formats it does not know
 * @param createdBy the actor recorded in the custody log ("docket:cli alice", "docket:api 127.0.0.1")
 * @param messages  in Bates order, which is time order (undated messages last)
 * @param files     every file of the zip except manifest.json and manifest.sig, in zip order
 */
public record Manifest(String format, String id, String createdAt, String createdBy, Request request, Signing signing,
                       Counts counts, List<Message> messages, List<File> files) {
    /** Version 2 added chat messages (source, chat, lines, agreements); a version-1 bundle holds mail only and still verifies. */
    public static final String FORMAT = "docket-evidence-bundle/2";
    public static final java.util.Set<String> KNOWN_FORMATS = java.util.Set.of("docket-evidence-bundle/1", FORMAT);
    public static final String FILE = "manifest.json";
    public static final String SIGNATURE_FILE = "manifest.sig";

    public Manifest {
        messages = List.copyOf(messages);
        files = List.copyOf(files);
    }

    public record Request(String kind, String value) {}

    /** @param publicKey base64 of the X.509 SubjectPublicKeyInfo, as in the PEM that `docket key` prints */
    public record Signing(String algorithm, String file, String publicKey, String fingerprint) {}

    public record Counts(int messages, int attachments, int files) {}

    /**
     * One message. {@code date} is the Date header as the sender wrote it (their offset), {@code dateUtc}
     * the same instant in UTC; both empty when the message has no readable date.
     *
     * <p>A chat message ({@code source} "whatsapp") has no file of its own: {@code file} is the chat export
     * it was read from (shared by every message of that export, included once), {@code lines} its lines in
     * the export's chat text, and its date the exporting phone's local time in the zone assumed at import.
     *
     * @param variants   other originals archived under the same Message-ID (different bytes), each a file of its own;
     *                   for a chat message, later exports of the same chat
     * @param agreements for a chat message, each term it states and whether a later email confirms it
     */
    public record Message(int seq, String bates, String file, String sha256, long size, String id, String messageId,
                          String date, String dateUtc, String from, List<String> to, List<String> cc, String subject,
                          List<Attachment> attachments, List<Variant> variants, List<String> folders, List<String> orders,
                          List<TradeFacts.ClauseFact> clauses, String source, String chat, String lines, List<Agreement> agreements) {
        public Message {
            to = List.copyOf(to);
            cc = List.copyOf(cc);
            attachments = List.copyOf(attachments);
            variants = List.copyOf(variants);
            folders = List.copyOf(folders);
            orders = List.copyOf(orders);
            clauses = List.copyOf(clauses);
            agreements = List.copyOf(agreements);
        }

        public boolean fromChat() {
            return !source.equals("email");
        }
    }

    /**
     * A term a chat message states and its confirmation check.
     *
     * @param status           "confirmed" or "unconfirmed"
     * @param confirmedBy      the Docket id of the confirming email, or ""
     * @param confirmedByBates its Bates number when the bundle holds it, or ""
     * @param confirmedAt      its date as its sender wrote it, or ""
     */
    public record Agreement(String order, String type, String value, String status, String confirmedBy, String confirmedByBates,
                            String confirmedAt) {}

    /** @param file empty when the attachment could not be read back from the original (then sha256 is the archive's) */
    public record Attachment(int index, String file, String name, String contentType, long size, String sha256) {}

    public record Variant(String file, String sha256, long size) {}

    public record File(String name, long size, String sha256) {}
}
