package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import io.docket.harvest.files.FileSource;
import io.docket.ingest.IngestCounter;
import io.docket.ingest.IngestSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Archive .eml files, folders of them, mbox files and Maildirs (recursively).")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions archive;

    @Option(names = "--relist", description = "List every Maildir folder, also those unchanged since an earlier import "
            + "(whose modification time says nothing was added, removed or renamed in them).")
    boolean relist;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".eml file, folder, mbox file or Maildir.")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        IngestCounter counter = new IngestCounter();
        FileSource source;
        try (EmbeddedArchive archive = this.archive.open();
             AutoCloseable counting = archive.listeners().add(counter)) {
            source = new FileSource(paths, archive.harvestState(), relist);
            try (Progress progress = Progress.start("Importing", source.estimatedCount(), counter::seen)) {
                source.emitTo(archive.pipeline());
                archive.pipeline().commit();
            }
            // Committed without a failure (a failure stops the pipeline and throws): these folders hold nothing unread.
            source.rememberListedFolders();
        }
        IngestSummary summary = counter.summary();
        Summaries.print(System.out, summary, source.skipped(), source.unchanged(), source.unchangedFolders());
        return summary.failures() == 0 ? 0 : 1;
    }
}
