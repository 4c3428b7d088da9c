package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimedTest {
    @Test
    void splitsTheChildsMemoryIntoAnonymousAndMappedFilePages(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux /proc");
        Path file = dir.resolve("mapped.bin");
        Files.write(file, new byte[96 * 1024 * 1024]);
        // 160 MB written into a fresh buffer (anonymous), then 96 MB read through a mapping of a file.
        String script = "import mmap, time\n"
                + "buf = bytearray(160 * 1024 * 1024)\n"
                + "for i in range(0, len(buf), 4096): buf[i] = 1\n"
                + "f = open('" + file + "', 'rb')\n"
                + "m = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)\n"
                + "s = sum(m[i] for i in range(0, len(m), 4096))\n"
                + "time.sleep(0.6)\n"
                + "print('done', s)\n";
        Timed t = Timed.run(List.of("python3", "-c", script), dir);

        assertEquals(0, t.exitCode(), t.output());
        assertTrue(t.output().contains("done 0"), t.output());
        assertTrue(t.peakAnonMb() >= 150 && t.peakAnonMb() < 400, "anonymous " + t.peakAnonMb());
        assertTrue(t.peakFileMb() >= 90, "mapped files " + t.peakFileMb());
        assertTrue(t.wallSeconds() >= 0.6, "wall " + t.wallSeconds());
        if (Path.of("/usr/bin/time").toFile().canExecute()) {
            // Touching 160 MB and reading 96 MB takes the child some CPU; sleeping takes none.
            assertTrue(t.cpuSeconds() > 0 && t.cpuSeconds() < t.wallSeconds() + 1, "cpu " + t.cpuSeconds());
        }
    }

    @Test
    void cpuTimeIsUserPlusSystemFromGnuTimesReport() {
        String report = "\tCommand being timed: \"java -jar docket.jar import\"\n"
                + "\tUser time (seconds): 199.87\n"
                + "\tSystem time (seconds): 13.41\n"
                + "\tPercent of CPU this job got: 196%\n"
                + "\tMaximum resident set size (kbytes): 923648\n";
        assertEquals(213.28, Timed.cpuSeconds(report), 1e-9);
        assertTrue(Double.isNaN(Timed.cpuSeconds("no report: /usr/bin/time was missing")));
    }
}
