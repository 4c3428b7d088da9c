package io.docket.store;

import io.docket.harvest.HarvestState;
import io.docket.model.Sha256;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Harvest progress kept in the store's STATE family, beside the originals it describes. */
public final class StoreHarvestState implements HarvestState {
    private static final String PREFIX = "harvest|";
    private static final String MAILDIR_PREFIX = "maildir-listed|";
    private final ArchiveStore store;

    public StoreHarvestState(ArchiveStore store) {
        this.store = store;
    }

    /** A folder's saved progress, with the names it is saved under (for stats). */
    public record Entry(String account, String folder, FolderState state) {}

    @Override
    public Optional<FolderState> folder(String account, String folder) {
        return store.state(key(account, folder)).map(b -> StoreCodec.decode(b, FolderState.class));
    }

    @Override
    public void saveFolder(String account, String folder, FolderState state) {
        store.putState(key(account, folder), StoreCodec.encode(state));
        store.sync();
    }

    @Override
    public boolean holdsOriginal(Sha256 sha256) {
        return store.hasOriginal(sha256);
    }

    @Override
    public Optional<Long> listedMaildirFolder(String dir) {
        return store.state(MAILDIR_PREFIX + dir).map(b -> Long.parseLong(ArchiveStore.text(b)));
    }

    @Override
    public void saveListedMaildirFolders(Map<String, Long> listed, Collection<String> forgotten) {
        if (listed.isEmpty() && forgotten.isEmpty()) return;
        try (ArchiveStore.Batch batch = store.batch()) {
            listed.forEach((dir, nanos) -> batch.put(ArchiveStore.Family.STATE, ArchiveStore.utf8(MAILDIR_PREFIX + dir),
                    ArchiveStore.utf8(Long.toString(nanos))));
            for (String dir : forgotten) batch.delete(ArchiveStore.Family.STATE, ArchiveStore.utf8(MAILDIR_PREFIX + dir));
            batch.commit();
        }
        store.sync();
    }

    public List<Entry> all() {
        List<Entry> entries = new ArrayList<>();
        store.scan(ArchiveStore.Family.STATE, ArchiveStore.utf8(PREFIX), (k, v) -> {
            String[] parts = ArchiveStore.text(k).substring(PREFIX.length()).split("\u0000", 2);
            entries.add(new Entry(parts[0], parts.length > 1 ? parts[1] : "", StoreCodec.decode(v, FolderState.class)));
        });
        return entries;
    }

    private static String key(String account, String folder) {
        return PREFIX + account + "\u0000" + folder;
    }
}
