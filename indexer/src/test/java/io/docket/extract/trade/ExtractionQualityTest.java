package io.docket.extract.trade;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the extractors on the labelled sets in samples/labelled, printed as a table and
 * written to indexer/target/extraction-quality.txt. The floors are the measured figures minus a small
 * margin: a rule change that costs quality fails here and must say why in its commit.
 */
class ExtractionQualityTest {
    private static final StringBuilder REPORT = new StringBuilder();

    @Test
    void orderNumbersOnTheLabelledSet() {
        OrderNumberExtractor extractor = new OrderNumberExtractor();
        Score total = Score.ZERO;
        List<String> misses = new ArrayList<>();
        List<LabelledFixture> fixtures = LabelledFixture.read("orders.tsv", ",");
        for (LabelledFixture f : fixtures) {
            Set<String> expected = new LinkedHashSet<>(f.expected());
            Set<String> found = new LinkedHashSet<>(extractor.keys(f.text()));
            Score s = compare(expected, found);
            total = total.plus(s);
            if (s.fp() + s.fn() > 0) misses.add("  orders.tsv:" + f.line() + " expected " + expected + " found " + found + "  <- " + f.text());
        }
        report("Order numbers (" + fixtures.size() + " lines of samples/labelled/orders.tsv)\n"
                + row("", "expected", "found", "P", "R") + "\n"
                + row("keys", total.tp() + total.fn(), total.tp() + total.fp(), total.precision(), total.recall()) + "\n"
                + (misses.isEmpty() ? "" : "misses:\n" + String.join("\n", misses) + "\n"));
        assertTrue(total.precision() >= 0.95, "order precision " + total.precision());
        assertTrue(total.recall() >= 0.95, "order recall " + total.recall());
    }

    @Test
    void clausesOnTheLabelledSet() {
        ClauseExtractor extractor = new ClauseExtractor();
        Map<ClauseType, Score> types = new EnumMap<>(ClauseType.class);
        Map<ClauseType, Score> values = new EnumMap<>(ClauseType.class);
        for (ClauseType t : ClauseType.values()) {
            types.put(t, Score.ZERO);
            values.put(t, Score.ZERO);
        }
        List<String> misses = new ArrayList<>();
        List<LabelledFixture> fixtures = LabelledFixture.read("clauses.tsv", " \\| ");
        for (LabelledFixture f : fixtures) {
            List<String> expected = f.expected().stream().map(ExtractionQualityTest::normalisePair).toList();
            List<String> found = extractor.extractNew(f.text()).stream()
                    .map(c -> c.type() + "=" + c.value().toLowerCase(Locale.ROOT)).toList();
            for (ClauseType t : ClauseType.values()) {
                types.merge(t, compare(ofType(expected, t, false), ofType(found, t, false)), Score::plus);
                values.merge(t, compare(ofType(expected, t, true), ofType(found, t, true)), Score::plus);
            }
            if (!new java.util.HashSet<>(expected).equals(new java.util.HashSet<>(found)))
                misses.add("  clauses.tsv:" + f.line() + " expected " + expected + " found " + found + "  <- " + f.text().replace("\n", "\\n"));
        }
        StringBuilder table = new StringBuilder("Clauses (" + fixtures.size() + " lines of samples/labelled/clauses.tsv)\n");
        table.append(row("type", "expected", "found", "type P", "type R")).append("   value P  value R\n");
        Score allTypes = Score.ZERO;
        Score allValues = Score.ZERO;
        for (ClauseType t : ClauseType.values()) {
            Score s = types.get(t);
            Score v = values.get(t);
            allTypes = allTypes.plus(s);
            allValues = allValues.plus(v);
            table.append(row(t.name(), s.tp() + s.fn(), s.tp() + s.fp(), s.precision(), s.recall()))
                    .append(String.format(Locale.ROOT, "   %7.3f  %7.3f%n", v.precision(), v.recall()));
        }
        table.append(row("ALL", allTypes.tp() + allTypes.fn(), allTypes.tp() + allTypes.fp(), allTypes.precision(), allTypes.recall()))
                .append(String.format(Locale.ROOT, "   %7.3f  %7.3f%n", allValues.precision(), allValues.recall()));
        if (!misses.isEmpty()) table.append("misses:\n").append(String.join("\n", misses)).append('\n');
        report(table.toString());
        assertTrue(allTypes.precision() >= 0.90, "clause type precision " + allTypes.precision());
        assertTrue(allTypes.recall() >= 0.90, "clause type recall " + allTypes.recall());
        assertTrue(allValues.precision() >= 0.85, "clause value precision " + allValues.precision());
        assertTrue(allValues.recall() >= 0.85, "clause value recall " + allValues.recall());
        for (ClauseType t : ClauseType.values()) {
            assertTrue(types.get(t).precision() >= 0.80, t + " precision " + types.get(t).precision());
            assertTrue(types.get(t).recall() >= 0.80, t + " recall " + types.get(t).recall());
        }
    }

    @AfterAll
    static void writeReport() throws IOException {
        Path out = LabelledFixture.root().resolve("indexer/target/extraction-quality.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, REPORT, StandardCharsets.UTF_8);
    }

    private static String normalisePair(String pair) {
        int eq = pair.indexOf('=');
        if (eq < 0) throw new IllegalStateException("expected TYPE=value, got " + pair);
        ClauseType type = ClauseType.valueOf(pair.substring(0, eq).strip());
        return type + "=" + pair.substring(eq + 1).strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> ofType(List<String> pairs, ClauseType t, boolean withValue) {
        return pairs.stream().filter(p -> p.startsWith(t.name() + "=")).map(p -> withValue ? p : t.name()).toList();
    }

    /** Multiset comparison: each expected item matches at most one found item. */
    private static Score compare(java.util.Collection<String> expected, java.util.Collection<String> found) {
        List<String> left = new ArrayList<>(found);
        int tp = 0;
        for (String e : expected) if (left.remove(e)) tp++;
        return new Score(tp, left.size(), expected.size() - tp);
    }

    private static String row(String name, Object expected, Object found, Object p, Object r) {
        return String.format(Locale.ROOT, "%-13s %8s %6s %7s %7s", name, expected, found,
                p instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : p,
                r instanceof Double d ? String.format(Locale.ROOT, "%.3f", d) : r);
    }

    private static synchronized void report(String section) {
        System.out.println(section);
        REPORT.append(section).append('\n');
    }
}
