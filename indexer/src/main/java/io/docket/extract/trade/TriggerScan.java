package io.docket.extract.trade;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which trigger words of several {@link Triggers} sets a text holds, in one pass over the text
 * (Aho-Corasick). Asking each set with {@code indexOf} per word read a mail's text some 300 times, once
 * per word of the nine clause rules: a fifth of all extraction time. Immutable and thread-safe.
 */
final class TriggerScan {
    /** Root transitions by char: most chars of a text lead nowhere, and that must cost one array read. */
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    /** Other nodes' transitions: few per node, sorted by char. */
    private final char[][] edgeChars;
    private final int[][] edgeTargets;
    private final int[] fail;
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
        for (int i = 0; i < edgeChars[0].length; i++) rootNext[edgeChars[0][i]] = edgeTargets[0][i];

        // Failure links breadth first, so a node's suffix outputs are complete before its children need them.
        fail = new int[nodes];
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
            char c = lower.charAt(i);
            node = next(node, c);
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

    private int next(int node, char c) {
        while (node != 0) {
            int child = child(node, c);
            if (child >= 0) return child;
            node = fail[node];
        }
        return rootNext[c];
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
