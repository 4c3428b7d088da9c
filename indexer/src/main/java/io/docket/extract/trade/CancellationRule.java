package io.docket.extract.trade;

import java.util.Optional;
import java.util.regex.Pattern;

/** An order, or part of one, cancelled or to be cancelled. Newsletter "cancel your subscription" is not. */
final class CancellationRule implements ClauseRule {
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern CANCEL = Pattern.compile(
            TradeText.B0 + "(?:cancel|cancels|cancell?ed|cancell?ing|cancell?ation|cancelar|cancelamos|cancelado|cancelada|cancelación|anular|anulamos|anulado|anulación"
                    + "|stornieren|storniert|stornierung|storno|annuler|annulons|annulée?|annulation)" + TradeText.B1
                    + "|取消|撤销|撤單|撤单|إلغاء|الغاء|نلغي", CI);
    private static final Pattern SUBSCRIPTION = Pattern.compile(
            "subscription|unsubscribe|newsletter|abonnement|suscripción|Abmelden|订阅|退订|الاشتراك", CI);

    /** Every pattern below that must match needs one of these words. */
    private static final Triggers TRIGGERS = Triggers.of("cancel", "anul", "storn", "annul", "取消", "撤销", "撤單", "撤单", "إلغاء", "الغاء", "نلغي");

    @Override
    public Triggers triggers() {
        return TRIGGERS;
    }

    @Override
    public ClauseType type() {
        return ClauseType.CANCELLATION;
    }

    @Override
    public Optional<String> value(String s) {
        if (!CANCEL.matcher(s).find() || SUBSCRIPTION.matcher(s).find()) return Optional.empty();
        return Optional.of("cancellation");
    }
}
