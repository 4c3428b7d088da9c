package io.docket.harvest;

import io.docket.model.Sha256;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test fixture: harvest state in a map, whose content check asks a {@link CollectingSink}'s archive. */
public final class InMemoryHarvestState implements HarvestState {
    private final Map<String, FolderState> folders = new ConcurrentHashMap<>();
    private final Map<String, Long> listedMaildirFolders = new ConcurrentHashMap<>();
    private final CollectingSink archive;

    public InMemoryHarvestState(CollectingSink archive) {
        this.archive = archive;
    }

    @Override
    public Optional<FolderState> folder(String account, String folder) {
        return Optional.ofNullable(folders.get(account + '\u0000' + folder));
    }

    @Override
    public void saveFolder(String account, String folder, FolderState state) {
        folders.put(account + '\u0000' + folder, state);
    }

    @Override
    public Optional<Long> listedMaildirFolder(String dir) {
        return Optional.ofNullable(listedMaildirFolders.get(dir));
    }

    @Override
    public void saveListedMaildirFolders(Map<String, Long> listed, java.util.Collection<String> forgotten) {
        listedMaildirFolders.putAll(listed);
        forgotten.forEach(listedMaildirFolders::remove);
    }

    @Override
    public boolean holdsOriginal(Sha256 sha256) {
        return archive.holds(sha256);
    }
}
