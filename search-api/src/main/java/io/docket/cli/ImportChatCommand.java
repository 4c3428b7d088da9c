package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatExportException;
import io.docket.harvest.chat.ChatLimits;
import io.docket.ingest.ChatImportException;
import io.docket.ingest.ChatImportReport;
import io.docket.parse.chat.ChatFormatException;
import io.docket.parse.chat.DateOrder;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-chat", mixinStandardHelpOptions = true,
        description = {"Archive WhatsApp chat exports (Android or iOS, .txt or .zip with media): the export is kept byte for byte, "
                + "each message becomes a searchable item (source:whatsapp) in its orders' evidence, and every price, payment, "
                + "quantity, delivery or Incoterm agreed in chat is checked against later email.",
                "Times in an export are the exporting phone's, without a zone: they are read in --zone, else docket.yml's "
                        + "company.timeZone, else the zone of our own mail. The date order is read from the file; when every date reads "
                        + "both ways, give --date-order."})
final class ImportChatCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "WhatsApp export: \"WhatsApp Chat with NAME.txt\" or a .zip (with media).")
    List<Path> files;

    @Option(names = "--customer", paramLabel = "NAME", description = "The customer the chat is with: a name or id from docket.yml "
            + "(default: the customer whose chatNames or phones list the senders, or the person the export is named after).")
    String customer;

    @Option(names = "--account", paramLabel = "NAME", description = "The account the chat is filed under (e.g. the rep whose phone it is).")
    String account;

    @Option(names = "--date-order", paramLabel = "ORDER", converter = DateOrderConverter.class,
            description = "day-first, month-first or year-first (default: decided from the export's dates).")
    DateOrder dateOrder;

    @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class,
            description = "Time zone of the exporting phone, e.g. Asia/Shanghai (default: the company's).")
    ZoneId zone;

    @Override
    public Integer call() {
        int failed = 0;
        try (EmbeddedArchive opened = archive.open()) {
            for (Path file : files) {
                try {
                    ChatExport export = ChatExport.read(file, ChatLimits.DEFAULTS);
                    print(System.out, opened.importChat(export, account, customer, Optional.ofNullable(dateOrder), Optional.ofNullable(zone)));
                } catch (ChatExportException | ChatFormatException | ChatImportException e) {
                    System.err.println("docket: " + file + ": " + e.getMessage());
                    failed++;
                } catch (NoSuchFileException e) {
                    System.err.println("docket: " + file + ": no such file");
                    failed++;
                } catch (IOException e) {
                    System.err.println("docket: " + file + ": cannot read (" + e.getMessage() + ")");
                    failed++;
                }
            }
            long open = opened.unconfirmed().size();
            if (open > 0) System.out.printf(Locale.ROOT, "%d chat agreement(s) not confirmed by email yet: docket serve, then /#/unconfirmed%n", open);
        }
        return failed == 0 ? 0 : 1;
    }

    static void print(PrintStream out, ChatImportReport r) {
        out.printf(Locale.ROOT, "%s%n", r.file());
        out.printf(Locale.ROOT, "  chat        %s (%s export, sha256 %s%s)%n", r.title().isEmpty() ? "(unnamed)" : r.title(), r.format(),
                r.sha256(), r.newOriginal() ? "" : ", archived before");
        out.printf(Locale.ROOT, "  dates       %s%n", r.dateOrderReason().equals("given") ? r.dateOrder() + " (given)" : r.dateOrderReason());
        out.printf(Locale.ROOT, "  times       read in %s (%s)%n", r.zone(), switch (r.zoneSource()) {
            case "given" -> "given";
            case "company" -> "the company's zone, assumed";
            default -> "the zone of our own mail, assumed";
        });
        out.printf(Locale.ROOT, "  customers   %s%n", r.customers().isEmpty() ? "(none known)" : String.join(", ", r.customers()));
        out.printf(Locale.ROOT, "  messages    %,d  (%,d notice(s) of WhatsApp's own not archived)%n", r.messages(), r.notices());
        out.printf(Locale.ROOT, "  archived    %,d%n", r.archived());
        out.printf(Locale.ROOT, "  duplicates  %,d  (already archived from this export)%n", r.duplicates());
        if (r.seenAgain() > 0) out.printf(Locale.ROOT, "  seen again  %,d  (this export, another account)%n", r.seenAgain());
        if (r.variants() > 0) out.printf(Locale.ROOT, "  variants    %,d  (archived from another export of this chat; this one kept too)%n", r.variants());
        out.printf(Locale.ROOT, "  attachments %,d%n", r.attachments());
        for (String w : r.warnings()) out.printf(Locale.ROOT, "  warning     %s%n", w);
    }

    static final class DateOrderConverter implements ITypeConverter<DateOrder> {
        @Override
        public DateOrder convert(String value) {
            return DateOrder.parse(value);
        }
    }

    static final class ZoneConverter implements ITypeConverter<ZoneId> {
        @Override
        public ZoneId convert(String value) {
            try {
                return ZoneId.of(value);
            } catch (java.time.DateTimeException e) {
                throw new IllegalArgumentException("unknown time zone \"" + value + "\" (use a region id such as Asia/Shanghai)");
            }
        }
    }
}
