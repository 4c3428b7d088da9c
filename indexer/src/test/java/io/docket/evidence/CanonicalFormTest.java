package io.docket.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalFormTest {
    /** Every custody and audit entry ever written is hashed over this form: a change to it would break every chain. */
    @Test
    void theFormAndItsHashStayWhatTheyWere() {
        String tricky = "He said \"ok\" \\ path C:\\x\u0001\t\n\r end 交期 مرحبا \uD83D\uDE00 </script> \u2028";
        assertEquals("c02910f98ee0f00d798670931ddf817af1f864894dc9d299a6336819d31a01a3",
                new CanonicalForm().number("sequence", 42).text("actor", tricky).text("empty", null).text("detail", "plain").sha256());
    }
}
