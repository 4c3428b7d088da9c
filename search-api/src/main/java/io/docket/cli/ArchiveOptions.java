package io.docket.cli;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that opens the archive shares. */
final class ArchiveOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "./data",
            description = "Archive folder (default: ${DEFAULT-VALUE}).")
    Path data;

    EmbeddedArchive open() {
        return Archives.open(data);
    }
}
