package io.docket.harvest.imap;

import java.nio.charset.StandardCharsets;

/** Deterministic, plausible RFC 5322 messages with CRLF line ends, as IMAP servers store them. */
final class TestMessages {
    private static final String[] SUBJECTS = {
        "Order HD-%05d confirmed", "=?UTF-8?B?5YWz5LqO6K6i5Y2VIEhELSUwNWQg55qE6LSo6YeP6Zeu6aKY?=",
        "Re: Lieferung %05d verspätet", "Invoice %05d attached"};

    private TestMessages() {}

    static byte[] message(String tag, int i) {
        String subject = String.format(SUBJECTS[i % SUBJECTS.length].replace("HD-%05d", "HD-" + String.format("%05d", i)), i);
        StringBuilder body = new StringBuilder();
        for (int line = 0; line < 4 + i % 7; line++) {
            body.append("Line ").append(line).append(" of message ").append(i).append(" in ").append(tag)
                    .append(": quantity ").append((i * 31 + line * 7) % 1000).append(" units, price EUR ")
                    .append((i * 17 + line) % 500).append(".00\r\n");
        }
        String text = "From: Buyer " + (i % 13) + " <buyer" + (i % 13) + "@customer.example>\r\n"
                + "To: sales@example.com\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: Mon, " + (1 + i % 28) + " Jan 2024 10:" + String.format("%02d", i % 60) + ":00 +0100\r\n"
                + "Message-ID: <" + tag.replaceAll("[^A-Za-z0-9]", "_") + "." + i + "@customer.example>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n"
                + "\r\n"
                + "Grüße aus Hamburg, 你好\r\n"
                + body;
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
