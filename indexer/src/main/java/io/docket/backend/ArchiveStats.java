package io.docket.backend;

/** The archive's size at a glance, as `docket stats --json` and `/api/v1/stats` report it. */
public record ArchiveStats(long messages, long originals, long attachments, long threads, long warnings,
                           long indexBytes, long storeBytes) {}
