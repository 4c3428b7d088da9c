package io.docket.extract.trade;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quality terms, valued by their most specific concept: "AQL 2.5", then "inspection", "defects",
 * "specification", and plain "quality". Praise ("high quality", "优质") is advertising, not a term.
 */
final class QualityRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String B0 = TradeText.B0;
    private static final String B1 = TradeText.B1;
    private static final Pattern AQL = Pattern.compile(B0 + "AQL\\s?(?:level\\s?)?(\\d(?:\\.\\d)?)", CI);
    private static final Pattern INSPECTION = Pattern.compile(B0 + "(?:inspections?|inspect|inspected|pre-?shipment\\s+check|QC\\s+check|SGS|Intertek|Bureau\\s+Veritas|TÜV|inspección|inspeccionar|Inspektion|Warenprüfung|Endkontrolle|Prüfung|contrôle\\s+qualité)" + B1
            + "|检验|验货|檢驗|驗貨|质检|質檢|فحص|الفحص|تفتيش", CI);
    private static final Pattern DEFECT = Pattern.compile(B0 + "(?:defects?|defective|faulty|broken|flickering|scratche[sd]|damaged|defectos?|defectuos[oa]s?|dañad[oa]s?|rot[oa]s|Mängel|Mangel|mangelhaft|defekt|defekte|beschädigt|défauts?|défectueu(?:x|ses?)|endommagée?s?|cassée?s?)" + B1
            + "|瑕疵|不良|次品|缺陷|破损|损坏|破損|عيب|عيوب|تالفة?|معيبة?", CI);
    private static final Pattern SPEC = Pattern.compile(B0 + "(?:specifications?|specs|spec\\s+sheet|especificaciones|especificación|Spezifikationen|Spezifikation|spécifications?|cahier\\s+des\\s+charges)" + B1
            + "|技术参数|规格|規格|المواصفات|مواصفات", CI);
    private static final Pattern QUALITY = Pattern.compile(B0 + "(?:quality|calidad|Qualität|qualité)" + B1 + "|质量|品质|質量|品質|الجودة|جودة", CI);
    private static final Pattern PRAISE = Pattern.compile(
            B0 + "(?:high|best|top|premium|superior|excellent|great|good|alta|mejor|hohe|höchste|beste|haute|meilleure|excellente)[- ](?:quality|calidad|Qualität|qualité)" + B1
                    + "|(?:calidad|qualité)\\s+(?:superior|supérieure|premium)|高品质|优质|高质量|優質|质量优良|品质优良|质量上乘|جودة\\s?عالية", CI);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("aql", "inspect", "shipment check", "qc check", "sgs", "intertek", "bureau veritas", "tüv", "inspecc", "inspektion", "prüfung", "endkontrolle", "contrôle qualité", "检验", "验货", "檢驗", "驗貨", "质检", "質檢", "فحص", "تفتيش", "defect", "faulty", "broken", "flickering", "scratche", "damaged", "dañad", "rotos", "rotas", "mängel", "mangel", "defekt", "beschädigt", "défaut", "défectueu", "endommag", "cassé", "瑕疵", "不良", "次品", "缺陷", "破损", "损坏", "破損", "عيب", "عيوب", "تالف", "معيب", "^specification", "^specs$", "^spec sheet$", "especificaci", "spezifikation", "spécification", "cahier des charges", "技术参数", "规格", "規格", "مواصفات", "quality", "calidad", "qualität", "qualité", "质量", "品质", "質量", "品質", "جودة");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.QUALITY;
    }

    @Override
    public Optional<String> value(String s) {
        Matcher aql = AQL.matcher(s);
        if (aql.find()) return Optional.of("AQL " + aql.group(1));
        if (INSPECTION.matcher(s).find()) return Optional.of("inspection");
        if (DEFECT.matcher(s).find()) return Optional.of("defects");
        if (SPEC.matcher(s).find()) return Optional.of("specification");
        String withoutPraise = PRAISE.matcher(s).replaceAll(" ");
        return QUALITY.matcher(withoutPraise).find() ? Optional.of("quality") : Optional.empty();
    }
}
