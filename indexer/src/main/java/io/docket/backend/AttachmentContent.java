package io.docket.backend;

/** An attachment's decoded bytes, read again from the archived original. */
public record AttachmentContent(String filename, String contentType, byte[] bytes) {}
