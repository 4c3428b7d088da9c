package io.docket.evidence;

import java.time.Instant;
import java.util.List;

/** One order in a list: how it is written, how many messages name it, when, and with whom. */
public record OrderSummary(String key, String number, long messages, Instant first, Instant last, List<String> customers) {}
