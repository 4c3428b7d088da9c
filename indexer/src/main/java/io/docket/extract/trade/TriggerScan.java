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
    /** Other nodes' transitions: few per node, sorted by char. */
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
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
        edgeChars = new char[nodes][];
        edgeTargets = new int[nodes][];
        for (int n = 0; n < nodes; n++) {
            Integer[] order = new Integer[chars.get(n).size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            List<Character> cs = chars.get(n);
            Arrays.sort(order, (a, b) -> Character.compare(cs.get(a), cs.get(b)));
            edgeChars[n] = new char[order.length];
            edgeTargets[n] = new int[order.length];
            for (int i = 0; i < order.length; i++) {
                edgeChars[n][i] = cs.get(order[i]);
                edgeTargets[n][i] = targets.get(n).get(order[i]);
            }
        }
        int[] rootNext = new int[Character.MAX_VALUE + 1];
        for (int i = 0; i < edgeChars[0].length; i++) rootNext[edgeChars[0][i]] = edgeTargets[0][i];

        // Failure links breadth first, so a node's suffix outputs are complete before its children need them.
        int[] fail = new int[nodes];
        outputs = new int[nodes][];
        outputs[0] = new int[0];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int child : edgeTargets[0]) {
            fail[child] = 0;
            outputs[child] = ends.get(child).stream().mapToInt(Integer::intValue).toArray();
            queue.add(child);
        }
        while (!queue.isEmpty()) {
            int node = queue.poll();
            for (int i = 0; i < edgeChars[node].length; i++) {
                char c = edgeChars[node][i];
                int child = edgeTargets[node][i];
                int f = fail[node];
                while (f != 0 && child(f, c) < 0) f = fail[f];
                fail[child] = f == 0 ? rootNext[c] : child(f, c);
                int[] own = ends.get(child).stream().mapToInt(Integer::intValue).toArray();
                int[] inherited = outputs[fail[child]];
                outputs[child] = concat(own, inherited);
                queue.add(child);
            }
        }

        StringBuilder alphabet = new StringBuilder();
        for (char[] cs : edgeChars) {
            for (char c : cs) {
                if (columnOf[c] == 0) {
                    alphabet.append(c);
                    columnOf[c] = (char) alphabet.length();
                }
            }
        }
        columns = alphabet.length() + 1;
        if (nodes > Character.MAX_VALUE) throw new IllegalArgumentException("too many trigger words for one scan: " + nodes + " nodes");
        transitions = new char[nodes * columns];
        // Breadth first again: a node's failure target is nearer the root, so its row is complete before it is copied.
        ArrayDeque<Integer> order = new ArrayDeque<>();
        order.add(0);
        while (!order.isEmpty()) {
            int node = order.poll();
            for (int k = 1; k < columns; k++) {
                char c = alphabet.charAt(k - 1);
                int child = child(node, c);
                transitions[node * columns + k] = (char) (child >= 0 ? child : node == 0 ? 0 : transitions[fail[node] * columns + k]);
            }
            for (int child : edgeTargets[node]) order.add(child);
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

    private int child(int node, char c) {
        char[] cs = edgeChars[node];
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == c) return edgeTargets[node][i];
            if (cs[i] > c) break;
        }
        return -1;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
