package io.docket.extract.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds order, contract and invoice numbers in a subject, body, attachment name or attachment text.
 *
 * <p>Three sources, in order of trust: a number after a label ({@link OrderLabels}); a document code whose
 * shape needs no label ("PI-2024-0588"); a company's own patterns ({@link OrderPatterns#patterns()}). When
 * two overlap, the earlier source wins, so a labelled mention keeps its label. A bare number is never an
 * order unless a configured pattern says so: in trade mail, unlabelled digits are far more often phone
 * numbers, dates, prices, HS codes and quantities than orders.
 *
 * <p>Patterns are compiled once; instances are immutable and safe to share between ingest threads.
 */
public final class OrderNumberExtractor {
    /**
     * "PI-2024-0588", "HD-SC-2024-033", "INV-2024-112": two to four capitals, an optional second code,
     * then at least two digit groups, and a file extension may follow ("PI-2024-0588.pdf"). One digit group ("EN-60598", "ISO-9001") is a standard, not a code.
     */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-/.])([A-Z]{2,4})(?:-[A-Z]{2,4})?-\\d{2,8}(?:-\\d{2,6})+(?:-[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}\\-]|[./]\\p{N})");
    /** Prefixes of standards, time zones and telephone lines that share the code shape. */
    private static final Set<String> NOT_CODES = Set.of(
            "ISO", "EN", "IEC", "DIN", "GB", "GBT", "UL", "ASTM", "BS", "JIS", "NF", "RFC", "CVE", "TEL", "FAX", "UTC", "GMT", "HS", "CE", "ROHS", "IP", "UN");

    private final OrderPatterns config;
    private final List<Pattern> extra;

    public OrderNumberExtractor() {
        this(OrderPatterns.DEFAULTS);
    }

    public OrderNumberExtractor(OrderPatterns config) {
        this.config = Objects.requireNonNull(config, "config");
        this.extra = config.patterns().stream().map(Pattern::compile).toList();
    }

    public OrderPatterns config() {
        return config;
    }

    /** Every mention, in text order; the same order may be mentioned more than once. */
    public List<OrderMention> extract(CharSequence text) {
        if (text == null || text.isEmpty()) return List.of();
        List<OrderMention> found = new ArrayList<>();
        if (config.labelled()) labelled(text, found);
        if (config.codes()) codes(text, found);
        for (Pattern p : extra) configured(p, text, found);
        found.sort(Comparator.comparingInt(OrderMention::start));
        return List.copyOf(found);
    }

    /** The distinct keys mentioned, in order of first mention. */
    public List<String> keys(CharSequence text) {
        Set<String> keys = new LinkedHashSet<>();
        for (OrderMention m : extract(text)) keys.add(m.key());
        return List.copyOf(keys);
    }

    private void labelled(CharSequence text, List<OrderMention> found) {
        String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
        // Lower-casing rarely changes a length ("İ" does); offsets must point into the text, so then match it as it is.
        boolean lowered = lower.length() == text.length();
        Matcher m = lowered ? OrderLabels.LABEL_LOWER.matcher(lower) : OrderLabels.LABEL.matcher(text);
        // Lookbehinds (the word boundary) see the text before a region, as they do before find(from)'s start.
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (from < text.length() && (lowered ? OrderLabels.findLower(m, lower, from) : m.find(from))) {
            int labelEnd = m.end();
            char last = text.charAt(labelEnd - 1);
            boolean endsInLetter = Character.isLetter(last) && Character.UnicodeScript.of(last) == Character.UnicodeScript.LATIN;
            if (endsInLetter && labelEnd < text.length() && Character.isLetter(text.charAt(labelEnd))) {
                from = m.start() + 1; // "orders", "Porto": the label word goes on
                continue;
            }
            boolean weak = m.group("weak") != null;
            boolean marked = !weak; // strong labels are marked or unambiguous by construction
            OrderNumberToken.Token t = OrderNumberToken.read(text, labelEnd, weak, marked, config.minLength(), config.maxLength());
            if (t == null) {
                from = m.start() + 1;
                continue;
            }
            found.add(OrderMention.of(t.text(), OrderLabels.clean(text.subSequence(m.start(), m.end()).toString()), t.start(), t.end()));
            from = t.end();
        }
    }

    private void codes(CharSequence text, List<OrderMention> found) {
        Matcher m = CODE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        while (findCode(m, text, from)) {
            from = m.end();
            if (NOT_CODES.contains(m.group(1))) continue;
            add(found, OrderMention.of(m.group(), "", m.start(), m.end()));
        }
    }

    /**
     * {@code m.find(from)} for {@link #CODE} without trying the pattern (and its lookbehind) at every
     * character: a code starts with a run of two to four ASCII capitals followed by "-", so only the
     * starts of such runs are tried with {@code lookingAt} (ingest profile: the plain find() was 4.5% of
     * all ingest CPU). The first that matches is the match find() returns; {@code OrderNumberExtractorTest}
     * compares the two on generated text.
     */
    static boolean findCode(Matcher m, CharSequence text, int from) {
        int n = text.length();
        for (int at = from; at < n; at++) {
            if (!capital(text.charAt(at))) continue;
            int run = at + 1;
            while (run < n && capital(text.charAt(run))) run++;
            int length = run - at;
            if (length >= 2 && length <= 4 && run < n && text.charAt(run) == '-') {
                m.region(at, n);
                if (m.lookingAt()) return true;
            }
            at = run - 1; // no code starts inside a run of capitals: the lookbehind forbids a letter before it
        }
        return false;
    }

    private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** The plain search {@link #findCode} replaces, kept for the equivalence test. */
    static Pattern codePattern() {
        return CODE;
    }

    private void configured(Pattern p, CharSequence text, List<OrderMention> found) {
        Matcher m = p.matcher(text);
        boolean named = p.pattern().contains("(?<number>");
        while (m.find()) {
            int start = named ? m.start("number") : m.start();
            int end = named ? m.end("number") : m.end();
            if (start < 0 || end <= start) continue;
            String number = text.subSequence(start, end).toString();
            String key = OrderMention.keyOf(number);
            if (key.length() < config.minLength() || key.length() > config.maxLength()) continue;
            add(found, new OrderMention(number, key, "", start, end));
        }
    }

    private static void add(List<OrderMention> found, OrderMention candidate) {
        for (OrderMention f : found) if (f.start() < candidate.end() && candidate.start() < f.end()) return;
        found.add(candidate);
    }
}
