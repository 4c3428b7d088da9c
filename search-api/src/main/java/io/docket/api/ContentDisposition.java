package io.docket.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A Content-Disposition that cannot inject headers or paths: ASCII fallback plus RFC 6266 / 5987 filename*. */
final class ContentDisposition {
    private ContentDisposition() {}

    static String attachment(String filename, int index) {
        String name = filename == null || filename.isBlank() ? "attachment-" + index : filename;
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        String ascii = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
