package io.docket.evidence;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One customer as the archive knows it.
 *
 * @param zone   its usual time zone, guessed from the offsets of the mail it sent (null when it sent none)
 * @param orders order keys of the messages it is on
 * @param months messages per month ("yyyy-MM", UTC), for the activity chart
 */
public record CustomerSummary(String id, String name, boolean configured, long messages, Instant firstContact,
                              Instant lastContact, ZoneId zone, List<String> orders, Map<String, Long> months) {}
