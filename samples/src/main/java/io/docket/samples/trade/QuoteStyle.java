package io.docket.samples.trade;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How a sender's mail client introduces the quoted earlier message. These are the attribution lines
 * the quote stripper and the language detector later have to recognise, one per client culture.
 */
enum QuoteStyle {
    EN("EEE, MMM d, yyyy 'at' h:mm a", Locale.US, "On %s, %s wrote:"),
    DE("dd.MM.yyyy 'um' HH:mm", Locale.GERMANY, "Am %s schrieb %s:"),
    ES("d MMM yyyy, 'a las' H:mm", Locale.forLanguageTag("es-ES"), "El %s, %s escribió:"),
    FR("d MMM yyyy 'à' HH:mm", Locale.FRANCE, "Le %s, %s a écrit :"),
    AR("d MMM yyyy HH:mm", Locale.US, "في %s، كتب %s:"),
    JA("yyyy年M月d日(E) H:mm", Locale.JAPAN, "%s %s:"),
    ZH("yyyy年M月d日 HH:mm", Locale.CHINA, "在 %s，%s 写道："),
    /** Outlook does not prefix quoted lines with "> "; it puts a header block above them. */
    OUTLOOK("EEEE, MMMM d, yyyy h:mm a", Locale.US, null);

    private final DateTimeFormatter format;
    private final String attribution;

    QuoteStyle(String pattern, Locale locale, String attribution) {
        this.format = DateTimeFormatter.ofPattern(pattern, locale);
        this.attribution = attribution;
    }

    /** The quoted form of {@code parent}, shown as the replier's client would, in the replier's zone. */
    String quote(Letter parent, Party replier) {
        ZonedDateTime when = parent.date().withZoneSameInstant(replier.zone());
        String sender = parent.from().name() + " <" + parent.from().email() + ">";
        if (attribution == null) {
            StringBuilder to = new StringBuilder();
            for (Party p : parent.to()) {
                to.append(to.isEmpty() ? "" : "; ").append(p.name()).append(" <").append(p.email()).append('>');
            }
            return "-----Original Message-----\nFrom: " + sender + "\nSent: " + format.format(when)
                    + "\nTo: " + to + "\nSubject: " + parent.subject() + "\n\n" + parent.body();
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, attribution, format.format(when), sender));
        for (String line : parent.body().split("\n", -1)) {
            out.append('\n').append(line.startsWith(">") ? ">" : "> ").append(line);
        }
        return out.toString();
    }
}
