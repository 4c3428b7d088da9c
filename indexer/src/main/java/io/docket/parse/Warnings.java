package io.docket.parse;

import io.docket.model.ParseWarning;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The warnings of one parse, in the order first seen; the same warning twice is kept once. */
final class Warnings {
    private final Set<ParseWarning> seen = new LinkedHashSet<>();

    void add(String code, String detail) {
        seen.add(new ParseWarning(code, detail));
    }

    void addAll(List<ParseWarning> warnings, String context) {
        for (ParseWarning warning : warnings) {
            add(warning.code(), warning.detail().isEmpty() ? context : context + ": " + warning.detail());
        }
    }

    List<ParseWarning> list() {
        return List.copyOf(seen);
    }
}
