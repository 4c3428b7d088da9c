package io.docket.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * One analyzer for every language Docket's users write in. ICU's tokenizer follows UAX #29 and
 * segments Chinese and Japanese into dictionary words; ICU folding lower-cases, removes accents and
 * normalises width (envío = envio, Müller = muller, ＨＤ = hd), and leaves Arabic words whole
 * ({@link FoldingFilter}: ICU's folding, with a shortcut for ASCII tokens).
 * No stemming: trade mail is full of codes and names that stemming would mangle. The chain is the
 * same for every field, which lets the query translator analyse free text once for all its fields.
 */
public final class DocketAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        ICUTokenizer tokenizer = new ICUTokenizer();
        TokenStream stream = new FoldingFilter(tokenizer);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new FoldingFilter(in);
    }
}
