package io.docket.index;

import com.ibm.icu.text.Normalizer;
import com.ibm.icu.text.Normalizer2;
import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * ICU folding ({@link ICUFoldingFilter#NORMALIZER}: case, accents, width) with a shortcut for the
 * tokens most mail is made of: a token of ASCII characters folds to its lower case, which is written in
 * place instead of asking the normaliser (the ICU folding filter was about 5% of ingest CPU). The
 * exceptions are {@code ^} and {@code `}, which ICU folds away as accents.
 * {@code FoldingFilterTest} proves the shortcut gives ICU's result for every ASCII character, and the
 * whole chain the same tokens as ICU's filter on every sample text.
 */
final class FoldingFilter extends TokenFilter {
    private static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder();

    FoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) return false;
        char[] buffer = term.buffer();
        int length = term.length();
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            // ICU folding removes the two ASCII accents ^ and ` as diacritics: those tokens take the long way.
            if (c >= 0x80 || c == '^' || c == '`') {
                ascii = false;
                break;
            }
            if (c >= 'A' && c <= 'Z') buffer[i] = (char) (c + ('a' - 'A'));
        }
        if (ascii) return true;
        // Upper-case ASCII already lowered above folds the same: folding lower-cases first.
        if (FOLDING.quickCheck(term) != Normalizer.YES) {
            folded.setLength(0);
            FOLDING.normalize(term, folded);
            term.setEmpty().append(folded);
        }
        return true;
    }
}
