package io.docket.extract.trade;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Incoterms rule with its named place: "CIF Hamburg", "FOB Shenzhen", "EXW". The rule is matched in
 * capitals only, since "fob" and "cip" are words elsewhere; the place is one or two capitalised words, or
 * a port written in Chinese or Arabic, which is given its English name so that one search finds both.
 */
final class IncotermRule implements ClauseRule {
    private static final Pattern TERM = Pattern.compile(
            "(?<![\\p{IsLatin}\\p{N}])(EXW|FCA|FAS|FOB|CFR|CNF|C&F|CIF|CPT|CIP|DAP|DPU|DDP|DAT|Ex[- ]?Works|ab\\s+Werk|franco\\s+fábrica|départ\\s+usine)(?![\\p{IsLatin}\\p{N}&])"
                    + "(?:\\s?(?:Incoterms?\\s?)?20[12]0)?");
    private static final Pattern PLACE = Pattern.compile(
            "^\\s?(?:\\(|,\\s)?(?:port\\s+of\\s+|puerto\\s+de\\s+|Hafen\\s+|port\\s+de\\s+)?"
                    + "(?<latin>\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?)|^\\s?(?<other>" + "深圳|上海|宁波|寧波|广州|廣州|青岛|青島|天津|厦门|廈門|香港|大连|汉堡|漢堡|鹿特丹|迪拜|洛杉矶|吉达|安特卫普|جدة|جدّة|دبي|الدمام|جبل علي|الرياض" + ")");
    private static final Set<String> NOT_PLACES = Set.of(
            "Port", "Price", "Prices", "Preis", "Precio", "Prix", "Terms", "Term", "Basis", "Incoterms", "Incoterm", "And", "Or", "Per", "Is", "The",
            "Please", "We", "USD", "EUR", "RMB", "Shipment", "Delivery", "Payment", "Lieferung", "Y", "O", "Und", "Et", "Oder", "Ou", "For", "With", "Via", "By", "To", "In", "At", "On");
    private static final Map<String, String> PORTS = Map.ofEntries(
            Map.entry("深圳", "Shenzhen"), Map.entry("上海", "Shanghai"), Map.entry("宁波", "Ningbo"), Map.entry("寧波", "Ningbo"),
            Map.entry("广州", "Guangzhou"), Map.entry("廣州", "Guangzhou"), Map.entry("青岛", "Qingdao"), Map.entry("青島", "Qingdao"),
            Map.entry("天津", "Tianjin"), Map.entry("厦门", "Xiamen"), Map.entry("廈門", "Xiamen"), Map.entry("香港", "Hong Kong"),
            Map.entry("大连", "Dalian"), Map.entry("汉堡", "Hamburg"), Map.entry("漢堡", "Hamburg"), Map.entry("鹿特丹", "Rotterdam"),
            Map.entry("迪拜", "Dubai"), Map.entry("洛杉矶", "Los Angeles"), Map.entry("吉达", "Jeddah"), Map.entry("安特卫普", "Antwerp"),
            Map.entry("جدة", "Jeddah"), Map.entry("جدّة", "Jeddah"), Map.entry("دبي", "Dubai"), Map.entry("الدمام", "Dammam"),
            Map.entry("جبل علي", "Jebel Ali"), Map.entry("الرياض", "Riyadh"));

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("^exw$", "^fca$", "^fas$", "^fob$", "^cfr$", "^cnf$", "^c&f$", "^cif$", "^cpt$", "^cip$", "^dap$", "^dpu$", "^ddp$", "^dat$",
            "^ex works$", "^ex-works$", "^exworks$", "^ab werk$", "^franco fábrica$", "^départ usine$");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.INCOTERM;
    }

    @Override
    public Optional<String> value(String s) {
        Matcher m = TERM.matcher(s);
        Set<String> terms = new LinkedHashSet<>();
        while (m.find()) {
            String term = canonical(m.group(1));
            String place = place(s.substring(m.end()));
            terms.add(place.isEmpty() ? term : term + " " + place);
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", terms));
    }

    private static String canonical(String term) {
        String t = term.toUpperCase();
        if (t.equals("CNF") || t.equals("C&F")) return "CFR";
        if (t.startsWith("EX") || t.startsWith("AB") || t.startsWith("FRANCO") || t.startsWith("DÉPART")) return "EXW";
        return t;
    }

    private static String place(String rest) {
        Matcher p = PLACE.matcher(rest);
        if (!p.lookingAt()) return "";
        if (p.group("other") != null) return PORTS.get(p.group("other"));
        String[] words = p.group("latin").split(" ");
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (NOT_PLACES.contains(w) || NOT_PLACES.contains(capitalise(w))) break;
            if (!out.isEmpty()) out.append(' ');
            out.append(w.equals(w.toUpperCase()) && w.length() > 3 ? capitalise(w) : w);
        }
        return out.toString();
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : w.charAt(0) + w.substring(1).toLowerCase();
    }
}
