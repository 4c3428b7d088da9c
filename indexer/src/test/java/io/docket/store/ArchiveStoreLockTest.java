package io.docket.store;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveStoreLockTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveOpenElsewhereIsNamedAsInUse() {
        try (ArchiveStore first = ArchiveStore.open(dir)) {
            StoreException e = assertThrows(StoreException.class, () -> ArchiveStore.open(dir).close());
            assertTrue(e.getMessage().contains("is in use by another Docket process"), e.getMessage());
            assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        }
        ArchiveStore.open(dir).close();
    }
}
