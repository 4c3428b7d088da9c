package io.docket.parse;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * optimaize's n-gram language detector with its hot loop made cheap. It computes exactly what the
 * library's {@code getProbabilities} does with the builder's defaults (the same profiles and language
 * order, the same 1-, 2- and 3-grams of the padded text, the same seeded random draws for text longer than
 * {@link #SHORT_TEXT} characters and the same counted pass for shorter text, the same arithmetic), but
 * with each n-gram packed into a {@code long} and looked up in an open-addressing table, where the library
 * makes a {@code String} of every n-gram of the text and looks each drawn one up in a {@code HashMap}:
 * that was seven per cent of ingest CPU at 100k. {@code NgramLanguageDetectorTest} compares the two,
 * probability for probability. Immutable and safe to share between threads.
 */
final class NgramLanguageDetector {
    /** Up to this length the library counts every n-gram once instead of drawing them (the builder's {@code shortTextAlgorithm}). */
    static final int SHORT_TEXT = 50;
    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final long SEED = 41L;
    private static final int TRIALS = 7;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGED = 0.99999;
    private static final int BASE_FREQ = 10000;
    private static final double MIN_PROBABILITY = 0.1;

    private final List<LdLocale> languages;
    /** Packed n-grams ({@link #pack}) by slot, 0 for an empty slot; {@link #probabilities} holds their per-language probabilities. */
    private final long[] keys;
    private final double[][] probabilities;
    private final int mask;

    private NgramLanguageDetector(NgramFrequencyData data, Set<String> grams) {
        this.languages = data.getLanguageList();
        int capacity = Integer.highestOneBit(Math.max(16, grams.size() * 2)) * 2;
        keys = new long[capacity];
        probabilities = new double[capacity][];
        mask = capacity - 1;
        for (String gram : grams) {
            long key = pack(gram.toCharArray(), 0, gram.length());
            int slot = slotOf(key);
            keys[slot] = key;
            probabilities[slot] = data.getProbabilities(gram);
        }
    }

    static NgramLanguageDetector of(Collection<LanguageProfile> profiles) {
        // The library's builder keeps its profiles in a HashSet; one filled the same way gives its language order.
        Set<LanguageProfile> inBuilderOrder = new java.util.HashSet<>();
        inBuilderOrder.addAll(profiles);
        NgramFrequencyData data = NgramFrequencyData.create(inBuilderOrder, List.of(1, 2, 3));
        Set<String> grams = new LinkedHashSet<>();
        for (LanguageProfile profile : profiles) {
            for (int length = 1; length <= 3; length++) {
                for (Map.Entry<String, Integer> gram : profile.iterateGrams(length)) grams.add(gram.getKey());
            }
        }
        return new NgramLanguageDetector(data, grams);
    }

    /** The languages at least 10% likely, most likely first, as the library's {@code LanguageDetector.getProbabilities} gives them. */
    List<DetectedLanguage> getProbabilities(CharSequence text) {
        if (text.length() == 0) return List.of();
        long[] grams = grams(text);
        if (grams.length == 0) return List.of();
        double[] found = text.length() <= SHORT_TEXT ? detectShortText(grams) : detectLongText(grams);
        List<DetectedLanguage> out = new ArrayList<>();
        for (int j = 0; j < found.length; j++) {
            if (found[j] >= MIN_PROBABILITY) out.add(new DetectedLanguage(languages.get(j), found[j]));
        }
        out.sort((a, b) -> Double.compare(b.getProbability(), a.getProbability()));
        return out;
    }

    /**
     * Every 1-gram but a space, every 2-gram, every 3-gram without a space in its middle, of the text padded
     * with a space at either end that lacks one: in the library's order (by length, then position).
     */
    private static long[] grams(CharSequence raw) {
        boolean padStart = raw.charAt(0) != ' ';
        boolean padEnd = raw.charAt(raw.length() - 1) != ' ';
        char[] text = new char[raw.length() + (padStart ? 1 : 0) + (padEnd ? 1 : 0)];
        int at = 0;
        if (padStart) text[at++] = ' ';
        for (int i = 0; i < raw.length(); i++) text[at++] = raw.charAt(i);
        if (padEnd) text[at] = ' ';
        int n = text.length;
        long[] grams = new long[3 * n];
        int count = 0;
        for (int i = 0; i < n; i++) if (text[i] != ' ') grams[count++] = pack(text, i, 1);
        for (int i = 0; i + 1 < n; i++) grams[count++] = pack(text, i, 2);
        for (int i = 0; i + 2 < n; i++) if (text[i + 1] != ' ') grams[count++] = pack(text, i, 3);
        return Arrays.copyOf(grams, count);
    }

    /** The library's {@code detectBlockShortText}: each distinct n-gram once, in order of first appearance, as often as it occurs. */
    private double[] detectShortText(long[] grams) {
        Map<Long, Integer> counted = new LinkedHashMap<>();
        for (long gram : grams) counted.merge(gram, 1, Integer::sum);
        double[] prob = uniform();
        double weight = ALPHA / BASE_FREQ;
        for (Map.Entry<Long, Integer> gram : counted.entrySet()) {
            double[] known = probabilitiesOf(gram.getKey());
            if (known != null) {
                for (int j = 0; j < prob.length; j++) {
                    for (int n = 0; n < gram.getValue(); n++) prob[j] *= weight + known[j];
                }
            }
            if (normalize(prob) > CONVERGED) break;
        }
        normalize(prob);
        return prob;
    }

    /** The library's {@code detectBlockLongText}, draw for draw. */
    private double[] detectLongText(long[] grams) {
        int size = languages.size();
        double[] langprob = new double[size];
        Random rand = new UnsharedRandom(SEED);
        for (int t = 0; t < TRIALS; t++) {
            double[] prob = uniform();
            double alpha = ALPHA + rand.nextGaussian() * ALPHA_WIDTH;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                double[] known = probabilitiesOf(grams[rand.nextInt(grams.length)]);
                if (known != null) {
                    double weight = alpha / BASE_FREQ;
                    for (int j = 0; j < size; j++) prob[j] *= weight + known[j];
                }
                if (i % 5 == 0 && normalize(prob) > CONVERGED) break;
            }
            for (int j = 0; j < size; j++) langprob[j] += prob[j] / TRIALS;
        }
        return langprob;
    }

    /**
     * {@link Random}'s own generator (the same seed scrambling and the same 48-bit congruence, so every
     * {@code nextInt} and {@code nextGaussian} the library's draws take is the same) without its atomic seed:
     * {@code Random} updates the seed with a compare-and-set per draw, for sharing between threads, and one
     * guess draws up to 7,000 times on one thread.
     */
    static final class UnsharedRandom extends Random {
        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long MASK = (1L << 48) - 1;
        private long seed;

        UnsharedRandom(long seed) {
            super(seed);
            this.seed = (seed ^ MULTIPLIER) & MASK;
        }

        @Override
        protected int next(int bits) {
            seed = (seed * MULTIPLIER + 0xBL) & MASK;
            return (int) (seed >>> (48 - bits));
        }
    }

    private double[] uniform() {
        double[] prob = new double[languages.size()];
        Arrays.fill(prob, 1.0 / languages.size());
        return prob;
    }

    /** Divides by the sum, as the library's {@code Util.normalizeProb}; returns the largest. */
    private static double normalize(double[] prob) {
        double max = 0;
        double sum = 0;
        for (double p : prob) sum += p;
        for (int i = 0; i < prob.length; i++) {
            double p = prob[i] / sum;
            if (max < p) max = p;
            prob[i] = p;
        }
        return max;
    }

    private double[] probabilitiesOf(long key) {
        int slot = slotOf(key);
        return keys[slot] == key ? probabilities[slot] : null;
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slotOf(long key) {
        int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (keys[slot] != 0 && keys[slot] != key) slot = (slot + 1) & mask;
        return slot;
    }

    /** Length in the top bits, then up to three chars: never 0, so 0 marks an empty slot. */
    private static long pack(char[] s, int from, int length) {
        long key = (long) length << 48;
        for (int i = 0; i < length; i++) key |= (long) s[from + i] << (32 - 16 * i);
        return key;
    }
}
