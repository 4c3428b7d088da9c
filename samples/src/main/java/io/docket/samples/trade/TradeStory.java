package io.docket.samples.trade;

import java.util.List;

/** The scripted mailbox: every customer's story, in a fixed order. */
final class TradeStory {
    private TradeStory() {
    }

    static List<Letter> letters() {
        Mailbag bag = new Mailbag();
        AlNoorStory.write(bag);
        MuellerStory.write(bag);
        BrightwayStory.write(bag);
        IberiaStory.write(bag);
        TanakaStory.write(bag);
        LumiereStory.write(bag);
        OtienoStory.write(bag);
        BulkMailStory.write(bag);
        return bag.letters();
    }
}
