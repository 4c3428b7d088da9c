package io.docket.extract.trade;

/** One English spelling for the units trade mail counts and prices in, whatever the language. */
final class Units {
    /** Units a quantity or a unit price is given in; longest spellings first so "pcs" wins over "pc". */
    static final String UNIT = "pcs\\.?|pc\\.?|pieces|piece|units|unit|sets|set|cartons|carton|ctns|ctn|containers|container"
            + "|kgs|kg|tons|ton|MT|meters|meter|metres|metre|m|ea|ud|unidades|unidad|piezas|pieza|juegos|juego|cajas|caja|toneladas"
            + "|Stück|Stk\\.?|Einheiten|Einheit|Sätze|Satz|Kartons|Karton|Tonnen|pièces|pièce|unités|unité|ensembles|tonnes|tonne"
            + "|قطعة|قطع|وحدة|طن|كرتون|件|个|個|只|台|套|箱|吨|公斤|米";

    private Units() {}

    /** "pcs", "sets", "cartons", "kg", "tons", "m" or "units"; singular when {@code perUnit} ("/pc"). */
    static String canonical(String unit, boolean perUnit) {
        String u = unit.toLowerCase().replace(".", "");
        String plural = switch (u) {
            case "set", "sets", "juego", "juegos", "satz", "sätze", "ensembles", "套" -> "sets";
            case "carton", "cartons", "ctn", "ctns", "caja", "cajas", "karton", "kartons", "كرتون", "箱" -> "cartons";
            case "container", "containers" -> "containers";
            case "kg", "kgs", "公斤" -> "kg";
            case "ton", "tons", "mt", "toneladas", "tonnen", "tonnes", "tonne", "طن", "吨" -> "tons";
            case "m", "meter", "meters", "metre", "metres", "米" -> "m";
            case "unit", "units", "unidad", "unidades", "ud", "einheit", "einheiten", "unité", "unités", "وحدة" -> "units";
            default -> "pcs";
        };
        if (!perUnit) return plural;
        return switch (plural) {
            case "pcs" -> "pc";
            case "sets" -> "set";
            case "cartons" -> "carton";
            case "containers" -> "container";
            case "tons" -> "ton";
            case "units" -> "unit";
            default -> plural;
        };
    }
}
