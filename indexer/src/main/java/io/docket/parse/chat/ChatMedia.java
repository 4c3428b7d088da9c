package io.docket.parse.chat;

/**
 * A file a chat message carried. {@code fileName} is the name the export gives it
 * ("IMG-20240312-WA0003.jpg", "00000012-PHOTO-2024-04-10-15-12-31.jpg"), or empty when the export was
 * made without media ("&lt;Media omitted&gt;", "image omitted"); {@code kind} is what the line says it
 * was ("image", "document"...), or "file".
 */
public record ChatMedia(String fileName, String kind) {
    public ChatMedia {
        fileName = fileName == null ? "" : fileName;
        kind = kind == null || kind.isBlank() ? "file" : kind;
    }

    public boolean omitted() {
        return fileName.isEmpty();
    }
}
