package io.docket.evidence.bundle;

/** Attachment names made safe as zip entry names on every system, keeping the sender's letters in any script. */
final class FileNames {
    private static final int MAX_CODE_POINTS = 100;

    private FileNames() {}

    /**
     * Path separators, characters Windows forbids and control characters become "_"; leading dots go (no
     * hidden files, no ".."); long names keep their extension.
     */
    static String safe(String name, String fallback) {
        StringBuilder out = new StringBuilder();
        (name == null ? "" : name.strip()).codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7F || "/\\:*?\"<>|".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT;
            out.appendCodePoint(bad ? '_' : cp);
        });
        String cleaned = out.toString().replaceFirst("^[.\\s]+", "").strip();
        if (cleaned.isEmpty()) return fallback;
        if (cleaned.codePointCount(0, cleaned.length()) <= MAX_CODE_POINTS) return cleaned;
        int dot = cleaned.lastIndexOf('.');
        String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
        String stem = cleaned.substring(0, cleaned.offsetByCodePoints(0, MAX_CODE_POINTS - extension.length()));
        return stem + extension;
    }
}
