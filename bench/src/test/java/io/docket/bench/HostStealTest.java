package io.docket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class HostStealTest {
    @Test
    void readsTheAggregateCpuLineWithoutCountingGuestTimeTwice() {
        HostSteal before = HostSteal.parse("cpu  6589094 2653 527004 4449740 36460 0 20430 43797 0 0").orElseThrow();
        HostSteal after = HostSteal.parse("cpu  6589194 2653 527004 4449840 36460 0 20430 43847 7 0").orElseThrow();

        assertEquals(6589094 + 2653 + 527004 + 4449740 + 36460 + 20430 + 43797, before.totalTicks());
        assertEquals(43797, before.stealTicks());
        // 250 ticks passed, 50 of them stolen.
        assertEquals(20.0, after.percentSince(before), 1e-9);
        assertTrue(HostSteal.parse("cpu0 1 2 3 4 5 6 7 8").isEmpty(), "a single CPU's line is not the aggregate");
        assertTrue(HostSteal.parse("intr 1 2").isEmpty());
    }

    @Test
    void phasesOnThisMachine() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/stat")), "Linux /proc");
        MachinePhases machine = new MachinePhases();
        machine.start();
        long until = System.nanoTime() + 150_000_000L;
        while (System.nanoTime() < until) Thread.onSpinWait();
        machine.end("spin");

        var spin = machine.byPhase().get("spin");
        assertTrue(spin.get("stealPercent") >= 0 && spin.get("stealPercent") <= 100, spin.toString());
        assertTrue(spin.get("sha256MbPerSecond") > 10 && spin.get("nsPerDependentRead") > 0.1, spin.toString());
    }
}
