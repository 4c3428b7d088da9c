package io.docket.backend;

import io.docket.config.TradeConfig;
import io.docket.extract.ExtractionLimits;
import io.docket.extract.TikaTextExtractor;
import io.docket.ingest.IngestConfig;
import io.docket.parse.MimeParser;
import io.docket.search.QueryCompiler;
import java.nio.file.Path;

/** Opens the default archive with the default stages: the one place the pipeline is wired. */
public final class Archives {
    private Archives() {}

    public static EmbeddedArchive open(Path dataDir) {
        return open(dataDir, IngestConfig.defaults());
    }

    public static EmbeddedArchive open(Path dataDir, IngestConfig config) {
        return open(dataDir, TradeConfig.DEFAULTS, config);
    }

    public static EmbeddedArchive open(Path dataDir, TradeConfig trade) {
        return open(dataDir, trade, IngestConfig.defaults());
    }

    public static EmbeddedArchive open(Path dataDir, TradeConfig trade, IngestConfig config) {
        return EmbeddedArchive.open(dataDir, defaultParser(), QueryCompiler.defaults(), trade, config);
    }

    public static MimeParser defaultParser() {
        return new MimeParser(new TikaTextExtractor(ExtractionLimits.defaults()));
    }
}
