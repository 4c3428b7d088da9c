package io.docket.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;

/**
 * Lucene's snippet formatting (HTML-escaped text, {@code <mark>} around what the query found, " … "
 * between passages that do not touch), with each passage cut to a window that begins shortly before its
 * first mark.
 *
 * <p>Why: a passage is a sentence, and mail has "sentences" of thousands of characters (a signature's
 * list of branches, a price list without full stops, a forwarded header block). The web UI shows three
 * lines of a snippet; a long passage whose word sat in its middle showed no mark at all.
 */
final class SnippetFormatter extends DefaultPassageFormatter {
    /** The longest a passage is shown, in characters of the text. */
    static final int PASSAGE_CHARS = 200;
    /** Context kept before a passage's first mark when the passage is cut. */
    static final int LEAD_CHARS = 60;
    /** How far a cut may move to fall between words. */
    private static final int WORD_SLACK = 20;

    SnippetFormatter() {
        super("<mark>", "</mark>", " … ", true);
    }

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder out = new StringBuilder();
        int shownEnd = -1;
        boolean cutAtEnd = false;
        for (Passage passage : passages) {
            int from = passage.getStartOffset();
            int to = passage.getEndOffset();
            if (to - from > PASSAGE_CHARS && passage.getNumMatches() > 0) {
                int firstMark = passage.getMatchStarts()[0];
                if (firstMark - LEAD_CHARS > from) from = wordStart(content, firstMark - LEAD_CHARS, from, firstMark);
                if (from + PASSAGE_CHARS < to) to = wordEnd(content, from + PASSAGE_CHARS, passage.getMatchEnds()[0], to);
            }
            if (shownEnd < 0 && from > passage.getStartOffset()) out.append("… ");
            else if (shownEnd >= 0 && from > shownEnd) out.append(ellipsis);
            int pos = from;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                if (start >= to) break;
                int end = passage.getMatchEnds()[i];
                // Overlapping matches (a term and its completion) are marked as one, as Lucene's formatter does.
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                to = Math.max(to, end);
                append(out, content, pos, start);
                out.append(preTag);
                append(out, content, start, end);
                out.append(postTag);
                pos = end;
            }
            append(out, content, pos, Math.max(pos, to));
            shownEnd = to;
            cutAtEnd = to < passage.getEndOffset();
        }
        if (cutAtEnd) out.append(" …");
        return out.toString();
    }

    /**
     * {@code at}, moved to the start of a word: past the next white space if that is near and before {@code limit},
     * else back to just after the previous one if that is near and after {@code floor} (an e-mail address or a URL is
     * longer than the slack); never inside a surrogate pair.
     */
    private static int wordStart(String content, int at, int floor, int limit) {
        for (int i = at; i < Math.min(limit, at + WORD_SLACK); i++) {
            if (Character.isWhitespace(content.charAt(i))) return i + 1;
        }
        for (int i = at - 1; i >= Math.max(floor, at - WORD_SLACK); i--) {
            if (Character.isWhitespace(content.charAt(i))) return i + 1;
        }
        return Character.isLowSurrogate(content.charAt(at)) ? at + 1 : at;
    }

    /**
     * {@code at}, moved to the end of a word: back to the white space before it if that is near and not before
     * {@code floor}, else on to the next one if that is near and before {@code ceiling}; never inside a surrogate pair.
     */
    private static int wordEnd(String content, int at, int floor, int ceiling) {
        for (int i = at; i > Math.max(floor, at - WORD_SLACK); i--) {
            if (Character.isWhitespace(content.charAt(i - 1))) return i - 1;
        }
        for (int i = at; i < Math.min(ceiling, at + WORD_SLACK); i++) {
            if (Character.isWhitespace(content.charAt(i))) return i;
        }
        return Character.isLowSurrogate(content.charAt(at)) ? at + 1 : at;
    }
}
