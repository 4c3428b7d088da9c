package io.docket.extract.trade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which trigger words of several {@link Triggers} sets a text holds, in one pass over the text
 * (Aho-Corasick). Asking each set with {@code indexOf} per word read a mail's text some 300 times, once
 * per word of the nine clause rules: a fifth of all extraction time. The automaton's failure links are
 * resolved into a transition table at construction, so each character of a text costs two array reads
 * (walking sorted edges and failure links per character was two thirds of a scan). Immutable and thread-safe.
 */
final class TriggerScan {
    /** Each char's column in {@link #transitions}; 0 for the chars no trigger word holds, which always lead back to the root. */
    private final char[] columnOf = new char[Character.MAX_VALUE + 1];
    private final int columns;
    /**
     * The next node for node {@code n} and column {@code k} at {@code n * columns + k}: goto and failure links in one.
     * Chars, not ints: the table is read at every character of every text, and half its size stays in cache better.
     */
    private final char[] transitions;
    /** For each node, the entries (set, word) of every word that ends there, its own and its suffixes'. */
    private final int[][] outputs;
    private final int[] entrySet;
    private final int[] entryWord;
    private final int[] entryLength;
    private final List<Triggers> sets;

    private TriggerScan(List<Triggers> sets) {
        this.sets = List.copyOf(sets);
        // Build the trie with growable per-node lists, then freeze it into arrays.
        List<List<Character>> chars = new ArrayList<>();
        List<List<Integer>> targets = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        chars.add(new ArrayList<>());
        targets.add(new ArrayList<>());
        ends.add(new ArrayList<>());
        int entries = sets.stream().mapToInt(Triggers::size).sum();
        entrySet = new int[entries];
        entryWord = new int[entries];
        entryLength = new int[entries];
        int entry = 0;
        for (int s = 0; s < sets.size(); s++) {
            Triggers set = sets.get(s);
            for (int w = 0; w < set.size(); w++, entry++) {
                String word = set.bare(w);
                int node = 0;
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    int at = chars.get(node).indexOf(c);
                    if (at >= 0) {
                        node = targets.get(node).get(at);
                    } else {
                        chars.get(node).add(c);
                        targets.get(node).add(chars.size());
                        node = chars.size();
                        chars.add(new ArrayList<>());
                        targets.add(new ArrayList<>());
                        ends.add(new ArrayList<>());
                    }
                }
                ends.get(node).add(entry);
                entrySet[entry] = s;
                entryWord[entry] = w;
                entryLength[entry] = word.length();
            }
        }
        int nodes = chars.size();
        if (nodes > Character.MAX_VALUE) throw new IllegalArgumentException("too many trigger words for one scan: " + nodes + " nodes");
        StringBuilder alphabet = new StringBuilder();
        for (List<Character> cs : chars) {
            for (char c : cs) {
                if (columnOf[c] == 0) {
                    alphabet.append(c);
                    columnOf[c] = (char) alphabet.length();
                }
            }
        }
        columns = alphabet.length() + 1;
        transitions = new char[nodes * columns];

        // Breadth first: a node's failure target is nearer the root, so its row of transitions and its outputs
        // are complete before a deeper node copies them. A missing edge goes where the failure target's goes.
        int[] fail = new int[nodes];
        outputs = new int[nodes][];
        outputs[0] = new int[0];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int k = 1; k < columns; k++) {
                int at = chars.get(node).indexOf(alphabet.charAt(k - 1));
                int viaFailure = node == 0 ? 0 : transitions[fail[node] * columns + k];
                if (at < 0) {
                    transitions[node * columns + k] = (char) viaFailure;
                    continue;
                }
                int child = targets.get(node).get(at);
                transitions[node * columns + k] = (char) child;
                fail[child] = viaFailure;
                outputs[child] = concat(ends.get(child).stream().mapToInt(Integer::intValue).toArray(), outputs[viaFailure]);
                queue.add(child);
            }
        }
    }

    static TriggerScan over(List<Triggers> sets) {
        return new TriggerScan(sets);
    }

    /**
     * For each set, in order, the words of it the text holds (each as {@link Triggers#foundIn} finds it alone),
     * or null for a set none of whose words it holds.
     *
     * @param lower folded and lower-cased as {@link Triggers#foundIn} expects
     */
    List<Triggers> presentIn(String lower) {
        boolean[][] found = null;
        int node = 0;
        for (int i = 0; i < lower.length(); i++) {
            node = transitions[node * columns + columnOf[lower.charAt(i)]];
            if (node == 0) continue;
            int[] out = outputs[node];
            for (int e : out) {
                int s = entrySet[e];
                if (!sets.get(s).standsAt(entryWord[e], lower, i + 1 - entryLength[e])) continue;
                if (found == null) found = new boolean[sets.size()][];
                if (found[s] == null) found[s] = new boolean[sets.get(s).size()];
                found[s][entryWord[e]] = true;
            }
        }
        List<Triggers> present = new ArrayList<>(sets.size());
        for (int s = 0; s < sets.size(); s++) present.add(found == null || found[s] == null ? null : sets.get(s).only(found[s]));
        return present;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
