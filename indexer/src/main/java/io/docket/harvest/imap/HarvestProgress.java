package io.docket.harvest.imap;

/** A progress tick after each flushed batch: enough for a progress bar with a rate. */
public record HarvestProgress(String account, String folder, long done, long total, long bytes, double messagesPerSecond) {}
