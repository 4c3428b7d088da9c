package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.backend.Archives;
import io.docket.backend.EmbeddedArchive;
import io.docket.config.TradeConfig;
import io.docket.harvest.files.FileSource;
import io.docket.index.MessageIndex;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeAggregatorTest {
    private static final Path SAMPLES = Path.of(System.getProperty("docket.root", "..")).resolve("samples");

    @TempDir
    Path dir;

    /** The company's time-zone samples from their own pass are exactly those of the whole aggregate, in the same order. */
    @Test
    void companyOffsetsAreTheAggregatesOwn() throws Exception {
        Path data = dir.resolve("data");
        try (EmbeddedArchive archive = Archives.open(data, new TradeConfig(List.of("huada-lighting.com"), null, List.of(), List.of()))) {
            new FileSource(List.of(SAMPLES.resolve("trade-mailbox"))).emitTo(archive.sink());
            archive.commit();
        }
        try (MessageIndex index = MessageIndex.open(data.resolve("index"), 16)) {
            TradeAggregator aggregator = new TradeAggregator(index);
            var fromAggregate = aggregator.aggregate(MatchAllDocsQuery.INSTANCE).companyOffsets();
            var ownPass = aggregator.companyOffsets();
            assertTrue(fromAggregate.size() > 10, "the sample company wrote to its customers: " + fromAggregate.size());
            assertEquals(fromAggregate, ownPass);
            assertTrue(ownPass.stream().anyMatch(s -> s.getValue().equals(ZoneOffset.ofHours(8))), ownPass.toString());
        }
    }
}
