package io.docket.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Short passages look as Lucene formats them; a long one is cut to a window that shows its first mark. */
class SnippetFormatterTest {
    private final SnippetFormatter formatter = new SnippetFormatter();
    private final DefaultPassageFormatter lucene = new DefaultPassageFormatter("<mark>", "</mark>", " … ", true);

    @Test
    void shortPassagesAreFormattedAsLuceneDoes() {
        String text = "Payment terms: 30% T/T in advance. The rest <b>before</b> shipment. Price USD 12.80/pc.";
        Passage[] passages = {passage(text, 0, 34, "Payment", "T/T"), passage(text, 66, text.length(), "Price")};
        assertEquals(lucene.format(passages, text), formatter.format(passages, text));
        Passage[] touching = {passage(text, 0, 34, "Payment"), passage(text, 34, 66, "before")};
        assertEquals(lucene.format(touching, text), formatter.format(touching, text));
        assertTrue(formatter.format(touching, text).contains("&lt;b&gt;<mark>before</mark>&lt;&#x2F;b&gt;")
                || formatter.format(touching, text).contains("&lt;b&gt;<mark>before</mark>&lt;/b&gt;"), formatter.format(touching, text));
    }

    @Test
    void aLongPassageIsCutAroundItsFirstMarkBetweenWords() {
        StringBuilder list = new StringBuilder("Branches: ");
        for (int i = 0; list.length() < 1_500; i++) list.append("Branch").append(i).append(' ');
        int at = list.length();
        list.append("Saskatchewan ");
        for (int i = 0; list.length() < 3_000; i++) list.append("Office").append(i).append(' ');
        String text = list.toString();
        String shown = formatter.format(new Passage[] {passage(text, 0, text.length(), "Saskatchewan")}, text);
        assertTrue(shown.startsWith("… Branch"), shown);
        assertTrue(shown.endsWith(" …"), shown);
        assertTrue(shown.contains("<mark>Saskatchewan</mark>"), shown);
        String plain = shown.replace("<mark>", "").replace("</mark>", "");
        assertTrue(plain.length() <= SnippetFormatter.PASSAGE_CHARS + 4, plain.length() + ": " + plain);
        int before = plain.indexOf("Saskatchewan") - 2;
        assertTrue(before >= SnippetFormatter.LEAD_CHARS - 20 && before <= SnippetFormatter.LEAD_CHARS, "context before the mark: " + before);
        // Cut between words: the window holds whole words only.
        String inner = plain.substring(2, plain.length() - 2);
        assertTrue(text.substring(0, at).endsWith(inner.substring(0, inner.indexOf("Saskatchewan"))), inner);
        assertTrue(text.contains(" " + inner.strip() + " "), inner);
    }

    @Test
    void twoLongPassagesAreJoinedByOneEllipsisAndEveryMarkInAWindowIsKept() {
        String first = "a ".repeat(200) + "price USD 12.80 price " + "b ".repeat(200);
        String second = "c ".repeat(300) + "price again " + "d ".repeat(300);
        String text = first + second;
        Passage[] passages = {passage(text, 0, first.length(), "price"), passage(text, first.length(), text.length(), "price")};
        String shown = formatter.format(passages, text);
        assertEquals(3, shown.split("<mark>price</mark>", -1).length - 1, shown);
        assertTrue(shown.startsWith("… a a"), shown);
        assertTrue(shown.contains(" … c c"), shown);
        assertTrue(!shown.contains("… …") && shown.endsWith(" …"), shown);
    }

    @Test
    void aCutInsideALongWordMovesBackToItsStart() {
        // The window would begin 10 characters into the address, too far from its end: it begins at the address.
        String prefix = "y ".repeat(300) + "David Otieno ";
        String text = prefix + "<otieno.lighting.department@gmail.com> wrote: " + "z ".repeat(12) + "payment terms " + "w ".repeat(200);
        assertEquals(prefix.length() + 10, text.indexOf("payment") - SnippetFormatter.LEAD_CHARS);
        String shown = formatter.format(new Passage[] {passage(text, 0, text.length(), "payment")}, text);
        assertTrue(shown.startsWith("… &lt;otieno.lighting.department@gmail.com&gt; wrote:"), shown);
    }

    @Test
    void aCutNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";
        // The window would begin 60 characters before 期, at 741: the second half of an emoji.
        String text = emoji.repeat(400) + "交期" + emoji.repeat(400);
        int mark = text.indexOf("期");
        assertTrue(Character.isLowSurrogate(text.charAt(mark - SnippetFormatter.LEAD_CHARS)));
        String shown = formatter.format(new Passage[] {passage(text, 0, text.length(), "期")}, text);
        String plain = shown.replace("<mark>", "").replace("</mark>", "").replace("… ", "").replace(" …", "");
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isHighSurrogate(c)) assertTrue(i + 1 < plain.length() && Character.isLowSurrogate(plain.charAt(i + 1)), "split at " + i);
            if (Character.isLowSurrogate(c)) assertTrue(i > 0 && Character.isHighSurrogate(plain.charAt(i - 1)), "split at " + i);
        }
        assertTrue(shown.contains("交<mark>期</mark>"), shown);
    }

    /** A passage over [start, end) of text marking every occurrence of each word inside it. */
    private static Passage passage(String text, int start, int end, String... words) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        java.util.List<int[]> found = new java.util.ArrayList<>();
        for (String w : words) {
            for (int at = text.indexOf(w, start); at >= 0 && at + w.length() <= end; at = text.indexOf(w, at + 1)) {
                found.add(new int[] {at, at + w.length()});
            }
        }
        found.sort(java.util.Comparator.comparingInt(m -> m[0]));
        for (int[] m : found) p.addMatch(m[0], m[1], new BytesRef(text.substring(m[0], m[1])), 1);
        return p;
    }
}
