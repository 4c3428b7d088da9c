package io.docket.extract.trade;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Packing terms, valued "20 pcs/carton" when the packing unit is counted, else "pallet", "carton" or
 * "packaging". "Packing list" is a shipping document and "300 cartons" a quantity, not a packing term.
 */
final class PackagingRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B0 = TradeText.B0;
    private static final String B1 = TradeText.B1;
    private static final Pattern PER_CARTON = Pattern.compile(
            "(\\d{1,4})\\s?(pcs|pieces|pc|units|sets|件|个|只|套|piezas|unidades|Stück|Stk|pièces|قطع|قطعة)\\s?(?:/|per|por|pro|par|in\\s+(?:each|one)|每|في\\s?كل)\\s?(?:export\\s+|master\\s+|outer\\s+)?(?:carton|ctn|box|箱|caja|cartón|Karton|كرتون)"
                    + "|每(?:个|一)?箱\\s?(?:装\\s?)?(\\d{1,4})\\s?(件|个|只|套)", CI);
    private static final Pattern PALLET = Pattern.compile(B0 + "(?:pallets?|palleti[sz]ed|palés?|palets?|Paletten?|palettes?|palettisé)" + B1 + "|托盘|打托|棧板|منصات|منصة|طبلية", CI);
    private static final Pattern CARTON = Pattern.compile("(?<![\\d\\s])\\s?" + B0 + "(?:cartons?|ctns?|Kartons?|cartón|cajas?\\s+de\\s+cartón)" + B1 + "|纸箱|外箱|内盒|彩盒|كرتون|كراتين", CI);
    private static final Pattern PACKING = Pattern.compile(B0 + "(?:packing|packaging|packed|pack|blister|polybag|colou?r\\s+box|gift\\s+box|embalaje|empaque|embalado|Verpackung|verpackt|emballage|emballée?s?|conditionnement)" + B1
            + "|包装|包裝|التغليف|تغليف|التعبئة|تعبئة", CI);
    private static final Pattern NOT_PACKING = Pattern.compile(
            B0 + "(?:packing\\s+list|Packliste|lista\\s+de\\s+empaque|liste\\s+de\\s+colisage)" + B1 + "|装箱单|قائمة\\s?التعبئة", CI);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("carton", "ctn", "box", "箱", "caja", "cartón", "karton", "كرتون", "كراتين", "pallet", "palé", "palet", "palett", "托盘", "打托", "棧板", "منصات", "منصة", "طبلية", "纸箱", "外箱", "内盒", "彩盒", "^pack$", "^packed$", "^packing$", "^packaging$", "blister", "polybag", "embala", "empaque", "verpack", "emballage", "emballé", "conditionnement", "包装", "包裝", "تغليف", "تعبئة");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.PACKAGING;
    }

    @Override
    public Optional<String> value(String s) {
        String t = NOT_PACKING.matcher(s).replaceAll(" ");
        Matcher per = PER_CARTON.matcher(t);
        if (per.find()) {
            String n = per.group(1) != null ? per.group(1) : per.group(3);
            String unit = per.group(2) != null ? per.group(2) : per.group(4);
            return Optional.of(n + " " + Units.canonical(unit, false) + "/carton");
        }
        if (PALLET.matcher(t).find()) return Optional.of("pallet");
        if (CARTON.matcher(t).find()) return Optional.of("carton");
        if (PACKING.matcher(t).find()) return Optional.of("packaging");
        return Optional.empty();
    }
}
