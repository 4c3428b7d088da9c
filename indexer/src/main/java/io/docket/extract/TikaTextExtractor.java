package io.docket.extract;

import io.docket.model.ParseWarning;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Text from attachments through Tika's AutoDetectParser, which recurses into archives and embedded
 * documents. One parser serves every thread (Tika parsers are stateless); each parse runs on a small
 * bounded pool so that it can be abandoned at {@link ExtractionLimits#timeout()}. Images, audio and video
 * are skipped without a warning: there is no OCR yet, and their metadata is not text worth indexing.
 * Signatures (PGP, S/MIME) are skipped too: their text is an encoded key's armour and the signing
 * program's banner ("GnuPG ... (GNU/Linux)"), which would make every signed message match those words;
 * the part itself is kept and listed like any attachment. These are known by the type the mail declares
 * (RFC 3156, RFC 8551; Tika's detection calls PGP armour text/plain), and are skipped before Tika sees
 * the bytes. A document's type is detected once, not again by the parser: for small attachments Tika's
 * magic detection was most of an extraction's time.
 */
public final class TikaTextExtractor implements TextExtractor, AutoCloseable {
    /** Types whose content is never text worth indexing. */
    private static final Set<String> SIGNATURES = Set.of("application/pgp-signature", "application/pkcs7-signature",
            "application/x-pkcs7-signature");
    /** Metadata key under which the top-level document's detected type is handed to the parser (see {@link DetectedOnce}). */
    private static final String DETECTED = "X-Docket-Detected-Type";
    /** Loading Tika's parsers and MIME types takes a second or two: done in the background from construction on. */
    private final Preloaded<AutoDetectParser> parsers = new Preloaded<>("tika", TikaTextExtractor::newParser);
    private final ExtractionLimits limits;
    private final ArchiveInspector archives;
    private final ThreadPoolExecutor pool;

    public TikaTextExtractor() {
        this(ExtractionLimits.defaults());
    }

    public TikaTextExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.archives = new ArchiveInspector(limits);
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(limits.threads(), limits.threads(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queueLength()), task -> {
                    Thread thread = new Thread(task, "docket-extract-" + count.incrementAndGet());
                    thread.setDaemon(true); // an abandoned parse must not keep the JVM alive
                    return thread;
                });
    }

    public ExtractionLimits limits() {
        return limits;
    }

    @Override
    public Extraction extract(byte[] content, String filename, String contentType) {
        if (content == null || content.length == 0) return new Extraction("", List.of());
        if (contentType != null && !contentType.isBlank() && isSkipped(MediaType.parse(contentType))) return new Extraction("", List.of());
        if (content.length > limits.maxAttachmentBytes()) {
            return failed("attachment-too-large", content.length + " bytes, limit " + limits.maxAttachmentBytes());
        }
        AutoDetectParser parser = parsers.get(); // waited for here, so loading never counts against the timeout
        Future<Extraction> running;
        try {
            running = pool.submit(() -> parse(parser, content, filename, contentType));
        } catch (RejectedExecutionException e) {
            return failed("extract-failed", "extraction queue full");
        }
        try {
            return running.get(limits.timeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return failed("extract-timeout", "gave up after " + limits.timeout());
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            return failed("extract-failed", "interrupted");
        } catch (ExecutionException e) {
            return failed("extract-failed", String.valueOf(e.getCause()));
        }
    }

    private Extraction parse(AutoDetectParser parser, byte[] content, String filename, String contentType) throws IOException {
        Metadata metadata = new Metadata();
        if (filename != null && !filename.isBlank()) metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        if (contentType != null && !contentType.isBlank()) metadata.set(Metadata.CONTENT_TYPE, contentType);
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            MediaType type = parser.getDetector().detect(stream, metadata);
            if (isSkipped(type)) return new Extraction("", List.of());
            metadata.set(DETECTED, type.toString());
            Optional<String> bomb = archives.bombReason(content);
            if (bomb.isPresent()) return failed("zip-bomb", bomb.get());
            BodyContentHandler handler = new BodyContentHandler(limits.maxCharacters());
            ParseContext context = new ParseContext();
            context.set(Parser.class, parser); // recurse into zip entries and embedded documents
            try {
                parser.parse(stream, handler, metadata, context);
                return new Extraction(clean(handler.toString()), List.of());
            } catch (SAXException | TikaException | RuntimeException e) {
                if (WriteLimitReachedException.isWriteLimitReached(e)) {
                    return new Extraction(clean(handler.toString()), List.of(new ParseWarning("extract-truncated",
                            "text cut at " + limits.maxCharacters() + " characters")));
                }
                if (isZipBomb(e)) return failed("zip-bomb", e.getMessage());
                return new Extraction(clean(handler.toString()), List.of(new ParseWarning("extract-failed", describe(e))));
            }
        }
    }

    private static AutoDetectParser newParser() {
        AutoDetectParser parser = new AutoDetectParser();
        parser.setDetector(new DetectedOnce(parser.getDetector()));
        return parser;
    }

    /** Media (no OCR yet) and signatures: nothing to read. A type that does not parse is read. */
    private static boolean isSkipped(MediaType type) {
        if (type == null) return false;
        String top = type.getType().toLowerCase(Locale.ROOT);
        return top.equals("image") || top.equals("audio") || top.equals("video")
                || SIGNATURES.contains(type.getBaseType().toString().toLowerCase(Locale.ROOT));
    }

    /**
     * The parser's detector: returns the type {@link #parse} already detected for the top-level document
     * instead of running Tika's magic detection a second time; embedded documents (fresh metadata) are
     * detected as usual.
     */
    private record DetectedOnce(Detector detector) implements Detector {
        @Override
        public MediaType detect(InputStream input, Metadata metadata) throws IOException {
            String known = metadata.get(DETECTED);
            MediaType type = known == null ? null : MediaType.parse(known);
            return type != null ? type : detector.detect(input, metadata);
        }
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(Locale.ROOT).contains("zip bomb")) return true;
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** Tika pads cells and pages with blank lines; three or more say nothing two do not. */
    private static String clean(String text) {
        return text.replace("\r\n", "\n").replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static Extraction failed(String code, String detail) {
        return new Extraction("", List.of(new ParseWarning(code, detail)));
    }

    /** Stops the extraction threads; parses still running are interrupted. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
