package io.docket.api;

import io.docket.backend.ArchiveBackend;
import io.docket.backend.ArchiveStats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/v1/stats: `docket stats --json` plus the harvested folders. */
final class StatsHandler {
    private StatsHandler() {}

    static Map<String, Object> stats(ArchiveBackend archive, List<Map<String, Object>> folders) {
        ArchiveStats s = archive.stats();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("messages", s.messages());
        out.put("originals", s.originals());
        out.put("attachments", s.attachments());
        out.put("threads", s.threads());
        out.put("warnings", s.warnings());
        out.put("indexBytes", s.indexBytes());
        out.put("storeBytes", s.storeBytes());
        out.put("folders", folders);
        return out;
    }
}
