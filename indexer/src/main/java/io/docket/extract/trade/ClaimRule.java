package io.docket.extract.trade;

import java.util.Optional;
import java.util.regex.Pattern;

/** A claim or complaint, valued "claim" or "claim USD 1,200.00" when it names an amount. */
final class ClaimRule implements ClauseRule {
    private static final Pattern CLAIM = Pattern.compile(
            TradeText.B0 + "(?:claims?|claimed|complaints?|complain|complained|compensation|compensate|refund|reimburse|reimbursement|credit\\s+note"
                    + "|reclamación|reclamaciones|reclamo|reclamar|indemnización|compensación|compensar|reembolso|nota\\s+de\\s+crédito"
                    + "|Reklamation|reklamieren|reklamiert|Beanstandung|Entschädigung|Schadenersatz|Schadensersatz|Gutschrift|Rückerstattung"
                    + "|réclamation|réclamations|indemnisation|indemniser|dédommagement|remboursement|rembourser)" + TradeText.B1
                    + "|索赔|赔偿|投诉|退款|补偿|索賠|賠償|تعويض|التعويض|شكوى|مطالبة|استرداد",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("claim", "complain", "compensat", "refund", "reimburs", "credit note", "reclam", "indemniz", "compensac", "compensar", "reembolso", "nota de cr", "reklam", "beanstand", "entschädig", "schadenersatz", "schadensersatz", "gutschrift", "rückerstatt", "réclam", "indemnis", "dédommag", "rembours", "索赔", "赔偿", "投诉", "退款", "补偿", "索賠", "賠償", "تعويض", "شكوى", "مطالبة", "استرداد");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.CLAIM;
    }

    @Override
    public Optional<String> value(String s) {
        if (!CLAIM.matcher(s).find()) return Optional.empty();
        return Optional.of(Money.first(s).map(m -> "claim " + m.text()).orElse("claim"));
    }
}
