package io.docket.cli;

import io.docket.backend.ArchiveStats;
import io.docket.backend.EmbeddedArchive;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts and sizes of the archive.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        ArchiveStats stats;
        try (EmbeddedArchive opened = archive.open()) {
            stats = opened.stats();
        }
        if (json) {
            System.out.println(Json.write(stats));
        } else {
            System.out.printf(Locale.ROOT, "messages     %,d%noriginals    %,d%nattachments  %,d%nthreads      %,d%n"
                            + "warnings     %,d%nindex        %,d bytes%nstore        %,d bytes%n",
                    stats.messages(), stats.originals(), stats.attachments(), stats.threads(), stats.warnings(),
                    stats.indexBytes(), stats.storeBytes());
        }
        return 0;
    }
}
