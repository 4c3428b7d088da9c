package io.docket.bench;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.SplittableRandom;

/**
 * How fast this machine is right now, by work that does not change between builds: hashing (the CPU) and
 * a chain of dependent reads over 64 MB (memory latency, the part of a query at 1M that moved most between
 * runs). Taken before each phase of a run, so two runs' timings can be compared with the machine's speed
 * beside them; about half a second each time.
 *
 * @param sha256MbPerSecond SHA-256 over 32 MB, best of three passes
 * @param nsPerDependentRead one read whose address depends on the last, over a random cycle through 64 MB
 */
record MachineSpeed(double sha256MbPerSecond, double nsPerDependentRead) {
    private static final int HASH_BYTES = 32 << 20;
    private static final int CHASE_INTS = 16 << 20;
    private static final int CHASE_STEPS = 4 << 20;

    static MachineSpeed measure() {
        return new MachineSpeed(hashRate(), dependentReadNanos());
    }

    private static double hashRate() {
        byte[] data = new byte[HASH_BYTES];
        new SplittableRandom(1).nextBytes(data);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long best = Long.MAX_VALUE;
            for (int pass = 0; pass < 3; pass++) {
                long start = System.nanoTime();
                sha.update(data);
                sha.digest();
                best = Math.min(best, System.nanoTime() - start);
            }
            return (HASH_BYTES / 1e6) / (best / 1e9);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double dependentReadNanos() {
        // One random cycle through every slot (Sattolo's shuffle), so each read's address comes from the last read.
        int[] next = new int[CHASE_INTS];
        for (int i = 0; i < next.length; i++) next[i] = i;
        SplittableRandom random = new SplittableRandom(2);
        for (int i = next.length - 1; i > 0; i--) {
            int j = random.nextInt(i);
            int t = next[i];
            next[i] = next[j];
            next[j] = t;
        }
        int at = 0;
        for (int i = 0; i < CHASE_STEPS / 4; i++) at = next[at]; // warm the page tables
        long start = System.nanoTime();
        for (int i = 0; i < CHASE_STEPS; i++) at = next[at];
        long took = System.nanoTime() - start;
        if (at == -1) throw new AssertionError(); // keeps the chain from being optimised away
        return (double) took / CHASE_STEPS;
    }
}
