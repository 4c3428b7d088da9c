package io.docket.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child process timed by wall clock, with its peak RSS from /usr/bin/time -v (as the peers' harness
 * measures), and that RSS split as Linux counts it: anonymous pages (heap, native allocations: what the
 * process really holds) and file pages mapped into it (Lucene reads its index through mmap, the JVM maps
 * its start-up cache; the kernel drops such clean pages under pressure, and a program that read() the
 * same files would have them in the page cache, counted in no process's RSS).
 *
 * @param peakAnonMb the largest anonymous share seen (RssAnon, sampled every 100 ms), NaN without /proc
 * @param peakFileMb the largest file-backed share seen (RssFile + RssShmem), NaN without /proc
 * @param cpuSeconds user plus system CPU time of the child and its children, from /usr/bin/time; NaN without it
 */
record Timed(double wallSeconds, double peakRssMb, double peakAnonMb, double peakFileMb, double cpuSeconds, int exitCode, String output) {
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\): (\\d+)");
    private static final Pattern CPU = Pattern.compile("(?:User|System) time \\(seconds\\): ([\\d.]+)");
    private static final Pattern STATUS_KB = Pattern.compile("^(RssAnon|RssFile|RssShmem):\\s+(\\d+) kB", Pattern.MULTILINE);

    static Timed run(List<String> command, Path workDir) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        boolean gnuTime = Path.of("/usr/bin/time").toFile().canExecute();
        if (gnuTime) full.addAll(List.of("/usr/bin/time", "-v"));
        full.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(full).directory(workDir.toFile()).redirectErrorStream(true).start();
        MemorySampler sampler = new MemorySampler(p);
        Thread sampling = Thread.ofPlatform().daemon().name("bench-rss-sampler").start(sampler);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        sampling.interrupt();
        sampling.join();
        Matcher m = RSS.matcher(out);
        double rss = m.find() ? Long.parseLong(m.group(1)) / 1024.0 : Double.NaN;
        return new Timed(wall, rss, sampler.peakAnonKb < 0 ? Double.NaN : sampler.peakAnonKb / 1024.0,
                sampler.peakFileKb < 0 ? Double.NaN : sampler.peakFileKb / 1024.0, cpuSeconds(out), rc, out);
    }

    /** User plus system seconds as GNU time's verbose report prints them; NaN when it printed neither. */
    static double cpuSeconds(String timeReport) {
        Matcher m = CPU.matcher(timeReport);
        double sum = 0;
        int found = 0;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            found++;
        }
        return found == 0 ? Double.NaN : sum;
    }

    /** Reads /proc/PID/status of the process and its descendants (the JVM under /usr/bin/time) until interrupted. */
    private static final class MemorySampler implements Runnable {
        private final Process process;
        volatile long peakAnonKb = -1;
        volatile long peakFileKb = -1;

        MemorySampler(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            if (!Files.isDirectory(Path.of("/proc/self"))) return;
            while (!Thread.currentThread().isInterrupted() && process.isAlive()) {
                long anon = 0;
                long file = 0;
                List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
                tree.add(process.toHandle());
                for (ProcessHandle h : tree) {
                    long[] kb = status(h.pid());
                    anon += kb[0];
                    file += kb[1];
                }
                if (anon > peakAnonKb) peakAnonKb = anon;
                if (file > peakFileKb) peakFileKb = file;
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** {anonymous kB, file-backed and shared kB}; zeros for a process that has just exited. */
        private static long[] status(long pid) {
            try {
                Matcher m = STATUS_KB.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
                long[] kb = new long[2];
                while (m.find()) kb[m.group(1).equals("RssAnon") ? 0 : 1] += Long.parseLong(m.group(2));
                return kb;
            } catch (IOException | RuntimeException gone) {
                return new long[2];
            }
        }
    }
}
