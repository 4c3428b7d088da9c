package io.docket.model;

/**
 * Where a chat message lives in the export it was first archived from (the message's first original),
 * and how that export was read, so the message can be read again exactly as it was archived.
 *
 * @param file      the export's file name ("WhatsApp Chat with Hans Müller.txt"); it names the chat
 * @param title     the chat's name ("Hans Müller", or a group's name)
 * @param index     the message's position among the export's messages, from 0
 * @param firstLine line of its time stamp in the chat text, from 1
 * @param lastLine  its last line
 * @param format    "android" or "ios"
 * @param dateOrder "day-first", "month-first" or "year-first", as decided or given at import
 * @param zone      the time zone its local times were read in (exports carry none)
 * @param zoneSource why that zone: "given", "company" (docket.yml) or "guessed" (from our own mail)
 * @param customer  the customer id given at import ({@code --customer}), or "" when it was derived
 */
public record ChatRef(String file, String title, int index, int firstLine, int lastLine, String format, String dateOrder,
                      String zone, String zoneSource, String customer) {
    public ChatRef {
        file = file == null ? "" : file;
        title = title == null ? "" : title;
        customer = customer == null ? "" : customer;
        zoneSource = zoneSource == null ? "" : zoneSource;
        if (index < 0 || firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad chat position: message " + index + ", lines " + firstLine + "-" + lastLine);
        }
    }

    /** "12-14", or "12" for a one-line message. */
    public String lines() {
        return firstLine == lastLine ? Integer.toString(firstLine) : firstLine + "-" + lastLine;
    }
}
