package io.docket.thread;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Re: Order HD-2024-0117 | order hd-2024-0117",
            "RE: RE: Fwd: Quotation LED panels | quotation led panels",
            "AW: WG: Lieferzeit Bestellung | lieferzeit bestellung",
            "RV: Pedido nº 7781 | pedido nº 7781",
            "TR: commande n° FR-2291 | commande n° fr-2291",
            "SV: Offert | offert",
            "回复：订单号 HD20240117 | 订单号 hd20240117",
            "答复: 交期确认 | 交期确认",
            "转发：质量问题 | 质量问题",
            "回覆: 報價 | 報價",
            "轉寄: 報價 | 報價",
            "Re[2]: Payment terms | payment terms",
            "[EXTERNAL] Re: Payment terms | payment terms",
            "Fwd: Re:  Payment   terms | payment terms",
            "Payment terms (fwd) | payment terms",
            "Rechnung Nr. 5 | rechnung nr. 5",
    })
    void stripsReplyAndForwardPrefixesInManyLanguages(String subject, String base) {
        assertEquals(base, SubjectNormalizer.base(subject));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Re: x|true", "回复：x|true", "Reorder of parts|false", "Award|false"})
    void tellsRepliesFromSubjectsThatMerelyStartLikeOne(String subject, boolean reply) {
        if (reply) assertTrue(SubjectNormalizer.isReplyOrForward(subject));
        else assertFalse(SubjectNormalizer.isReplyOrForward(subject));
    }
}
