package io.docket.parse.chat;

import java.time.LocalDateTime;

/**
 * A line WhatsApp wrote itself ("Messages and calls are end-to-end encrypted...", "Hans added Petra"):
 * kept in the export, counted, never archived as a statement of anyone.
 */
public record ChatNotice(int line, LocalDateTime time, String text) {}
