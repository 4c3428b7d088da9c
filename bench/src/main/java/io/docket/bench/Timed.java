package io.docket.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A child process timed by wall clock, with its peak RSS from /usr/bin/time -v (as the peers' harness measures). */
record Timed(double wallSeconds, double peakRssMb, int exitCode, String output) {
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");

    static Timed run(List<String> command, Path workDir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean gnuTime = Path.of("/usr/bin/time").toFile().canExecute();
        if (gnuTime) full.addAll(List.of("/usr/bin/time", "-v"));
        full.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        Matcher m = RSS.matcher(out);
        double rss = m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
        return new Timed(wall, rss, rc, out);
    }
}
