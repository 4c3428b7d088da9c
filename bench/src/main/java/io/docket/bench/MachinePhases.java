package io.docket.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Each phase of a run of the bench with the machine's speed before it and the share of its CPU time stolen while it ran. */
final class MachinePhases {
    private final Map<String, Map<String, Double>> phases = new LinkedHashMap<>();
    private Optional<HostSteal> started = Optional.empty();
    private MachineSpeed speed;

    void start() {
        speed = MachineSpeed.measure();
        started = HostSteal.now();
    }

    void end(String phase) {
        Map<String, Double> row = new LinkedHashMap<>();
        row.put("sha256MbPerSecond", (double) Math.round(speed.sha256MbPerSecond()));
        row.put("nsPerDependentRead", Math.round(speed.nsPerDependentRead() * 10) / 10.0);
        Optional<HostSteal> ended = HostSteal.now();
        if (started.isPresent() && ended.isPresent()) {
            double p = ended.get().percentSince(started.get());
            if (!Double.isNaN(p)) row.put("stealPercent", Math.round(p * 10) / 10.0);
        }
        phases.put(phase, row);
        started = Optional.empty();
    }

    Map<String, Map<String, Double>> byPhase() {
        return phases;
    }
}
