package io.docket.evidence;

import io.docket.model.MessageRecord;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A message with the clocks of both sides of the trade: its customer's time zone (guessed from the
 * customer's own mail) and ours, so a reader sees "Friday 04:20 in Hamburg" beside "11:20 in Shenzhen".
 *
 * @param customer     the customer's display name, or "" when the message involves none
 * @param customerZone null when the customer's zone is unknown (it never sent mail with a Date)
 * @param companyZone  our zone, configured or guessed
 */
public record DatedMessage(MessageRecord message, String customer, ZoneId customerZone, ZoneId companyZone) {
    public DatedMessage {
        customer = customer == null ? "" : customer;
    }

    public OffsetDateTime customerLocalDate() {
        return at(customerZone);
    }

    public OffsetDateTime companyLocalDate() {
        return at(companyZone);
    }

    private OffsetDateTime at(ZoneId zone) {
        return message.date() == null || zone == null ? null : message.date().atZoneSameInstant(zone).toOffsetDateTime();
    }
}
