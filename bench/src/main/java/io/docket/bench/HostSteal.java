package io.docket.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The CPU time the hypervisor gave to other guests while this virtual machine wanted it ("steal" in
 * {@code /proc/stat}), so a report can tell a slow run of this machine from a slow build: the same code's
 * timings moved by 20-50% between runs here.
 *
 * @param totalTicks every CPU's time so far, all states (user to steal), in clock ticks
 * @param stealTicks of it, stolen
 */
record HostSteal(long totalTicks, long stealTicks) {
    private static final Path STAT = Path.of("/proc/stat");

    /** Now, or empty where there is no {@code /proc/stat} (not Linux). */
    static Optional<HostSteal> now() {
        try {
            return Files.isReadable(STAT) ? parse(Files.readAllLines(STAT).getFirst()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The aggregate line: {@code cpu user nice system idle iowait irq softirq steal guest guest_nice}. */
    static Optional<HostSteal> parse(String cpuLine) {
        String[] f = cpuLine.trim().split("\\s+");
        if (f.length < 9 || !f[0].equals("cpu")) return Optional.empty();
        long total = 0;
        // Guest time is already counted in user and nice: fields 1-8 only.
        for (int i = 1; i <= 8; i++) total += Long.parseLong(f[i]);
        return Optional.of(new HostSteal(total, Long.parseLong(f[8])));
    }

    /** Percent of all CPU time since {@code start} that was stolen; NaN when no time passed. */
    double percentSince(HostSteal start) {
        long total = totalTicks - start.totalTicks;
        return total <= 0 ? Double.NaN : 100.0 * (stealTicks - start.stealTicks) / total;
    }
}
