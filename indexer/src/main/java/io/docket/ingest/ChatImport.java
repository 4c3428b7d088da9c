package io.docket.ingest;

import io.docket.harvest.chat.ChatExport;
import io.docket.parse.chat.DateOrder;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One chat export to archive, with what its file cannot say itself.
 *
 * @param account    the account (person or team) the export is filed under, as mail accounts are; "" for none
 * @param customer   the customer the chat is with (a configured name or a customer id), or "" to derive it
 * @param dateOrder  how its dates are written, or empty to decide it from the file
 * @param zone       the zone of the exporting phone's clock (exports write local times without one)
 * @param zoneSource why that zone: "given", "company" (docket.yml) or "guessed" (from our own mail)
 */
public record ChatImport(ChatExport export, String account, String customer, Optional<DateOrder> dateOrder, ZoneId zone,
                         String zoneSource) {
    public ChatImport {
        Objects.requireNonNull(export, "export");
        Objects.requireNonNull(zone, "zone");
        account = account == null ? "" : account.strip();
        customer = customer == null ? "" : customer.strip();
        dateOrder = dateOrder == null ? Optional.empty() : dateOrder;
        zoneSource = zoneSource == null ? "" : zoneSource;
        if (!account.isEmpty() && !account.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new ChatImportException("account: letters, digits, . _ - only (at most 64), got \"" + account + "\"");
        }
    }
}
