package io.docket.extract;

import io.docket.model.ParseWarning;
import java.util.List;

/** Reads the text out of an attachment's bytes. Implementations never throw for bad input. */
public interface TextExtractor {
    record Extraction(String text, List<ParseWarning> warnings) {
        public Extraction {
            text = text == null ? "" : text;
            warnings = List.copyOf(warnings == null ? List.of() : warnings);
        }
    }

    Extraction extract(byte[] content, String filename, String contentType);
}
