package io.docket.samples.trade;

import java.util.ArrayList;
import java.util.List;

/** Collects the letters a story writes, in the order they are written. */
final class Mailbag {
    private final List<Letter> letters = new ArrayList<>();

    Draft mail(Party from) {
        return new Draft(this, from, null);
    }

    /** A reply to {@code parent}, addressed to its sender, with {@code prefix} stacked on its subject. */
    Draft reply(Letter parent, Party from, String prefix) {
        return new Draft(this, from, parent).to(parent.from()).subject(prefix + parent.subject());
    }

    /** A forward of {@code parent}; the caller chooses the recipients. */
    Draft forward(Letter parent, Party from, String prefix, boolean withAttachments) {
        return new Draft(this, from, parent).subject(prefix + parent.subject()).forwarding(withAttachments);
    }

    void post(Letter letter) {
        letters.add(letter);
    }

    List<Letter> letters() {
        return List.copyOf(letters);
    }
}
