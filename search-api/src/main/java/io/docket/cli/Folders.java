package io.docket.cli;

import io.docket.backend.EmbeddedArchive;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Harvested folders as `/api/v1/stats` lists them. */
final class Folders {
    private Folders() {}

    static List<Map<String, Object>> of(EmbeddedArchive archive) {
        return archive.harvestedFolders().stream().map(e -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("account", e.account());
            out.put("folder", e.folder());
            out.put("messages", e.state().messages());
            out.put("lastHarvest", e.state().lastHarvestEpochMillis() <= 0 ? null
                    : Instant.ofEpochMilli(e.state().lastHarvestEpochMillis()).toString());
            return out;
        }).toList();
    }
}
