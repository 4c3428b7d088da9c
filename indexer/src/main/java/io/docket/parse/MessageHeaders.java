package io.docket.parse;

import io.docket.model.Address;
import io.docket.model.Header;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The decoded header fields of one message (the carrier or a forwarded message/rfc822 part). */
record MessageHeaders(String messageId, List<String> inReplyTo, List<String> references, Address from,
                      List<Address> to, List<Address> cc, List<Address> bcc, String subject, String dateText,
                      List<Header> headers) {

    static MessageHeaders read(HeaderBlock block, Optional<Charset> bodyCharset, Warnings warnings) {
        List<Header> headers = new ArrayList<>();
        for (HeaderBlock.RawField field : block.fields()) {
            String text = HeaderText.of(field.value(), bodyCharset, warnings, field.name());
            headers.add(new Header(field.name(), text));
        }
        List<Address> from = addresses(headers, "From", warnings);
        if (from.isEmpty()) from = addresses(headers, "Sender", warnings);
        return new MessageHeaders(
                MessageIds.one(raw(headers, "Message-ID")),
                MessageIds.all(raw(headers, "In-Reply-To")),
                MessageIds.all(raw(headers, "References")),
                from.isEmpty() ? new Address("", "") : from.getFirst(),
                addresses(headers, "To", warnings),
                addresses(headers, "Cc", warnings),
                addresses(headers, "Bcc", warnings),
                EncodedWords.decode(raw(headers, "Subject"), warnings, "Subject").strip(),
                raw(headers, "Date").strip(),
                headers.stream().map(h -> new Header(h.name(), EncodedWords.decode(h.value(), new Warnings(), h.name()))).toList());
    }

    /** The first field of that name, its 8-bit bytes resolved but its encoded words left as they are. */
    private static String raw(List<Header> headers, String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst().orElse("");
    }

    /** Every field of that name: some mailers repeat To or Cc instead of listing once. */
    private static List<Address> addresses(List<Header> headers, String name, Warnings warnings) {
        List<Address> out = new ArrayList<>();
        for (Header h : headers) {
            if (h.name().equalsIgnoreCase(name)) out.addAll(Addresses.parse(h.value(), warnings, name));
        }
        return out;
    }
}
