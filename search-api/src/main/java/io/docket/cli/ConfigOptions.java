package io.docket.cli;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.DocketConfig;
import io.docket.config.DocketConfigLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** `--config` and `--data`, shared by every command that opens the archive; the flag wins over the file. */
final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "./docket.yml",
            description = "Configuration file (default: ${DEFAULT-VALUE}; missing means defaults).")
    Path config;

    @Option(names = "--data", paramLabel = "DIR", description = "Archive folder (overrides docket.yml's data; default ./data).")
    Path data;

    DocketConfig load() {
        return DocketConfigLoader.load(config);
    }

    Path dataDir(DocketConfig loaded) {
        return data != null ? data : loaded.data();
    }

    /** The archive docket.yml (or --data) names, with docket.yml's company, customers and order patterns. */
    EmbeddedArchive open(DocketConfig loaded) {
        return Archives.open(dataDir(loaded), loaded.trade());
    }

    EmbeddedArchive open() {
        return open(load());
    }
}
