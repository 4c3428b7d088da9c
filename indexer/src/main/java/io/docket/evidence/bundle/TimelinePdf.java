package io.docket.evidence.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** timeline.pdf: the timeline printed on A4, one message per page after the cover and index. */
final class TimelinePdf {
    static final String FILE = "timeline.pdf";
    private static final float TITLE = 15;
    private static final float HEADING = 11.5f;
    private static final float BODY = 9;
    private static final float LABEL_WIDTH = 118;

    private TimelinePdf() {}

    static byte[] write(Timeline timeline, String footer, Instant created) {
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(timeline.title());
            info.setCreator("Docket");
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            when.setTimeInMillis(created.toEpochMilli());
            info.setCreationDate(when);

            PdfPages pages = new PdfPages(doc, FontSet.load(doc));
            pages.newPage("");
            pages.paragraph(timeline.title(), TITLE, true);
            pages.gap(8);
            blocks(pages, timeline.cover());
            for (Timeline.Entry entry : timeline.entries()) {
                pages.newPage(entry.bates());
                pages.paragraph(entry.heading(), HEADING + 2, true);
                pages.rule();
                blocks(pages, entry.blocks());
            }
            pages.finish(footer);
            ByteArrayOutputStream subset = new ByteArrayOutputStream();
            doc.save(subset);
            // Saving subsets the fonts and writes their ToUnicode maps; only then can those be corrected.
            try (PDDocument saved = Loader.loadPDF(subset.toByteArray())) {
                ToUnicodeRepair.repair(saved);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                saved.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the timeline PDF", e);
        }
    }

    private static void blocks(PdfPages pages, List<Timeline.Block> blocks) {
        for (Timeline.Block block : blocks) {
            switch (block) {
                case Timeline.Heading h -> {
                    pages.gap(6);
                    pages.paragraph(h.text(), HEADING, true);
                    pages.gap(2);
                }
                case Timeline.Field f -> pages.field(f.label(), f.value(), BODY, LABEL_WIDTH, f.highlight());
                case Timeline.Text t -> {
                    pages.gap(4);
                    pages.paragraph(t.text(), BODY, false);
                    pages.gap(4);
                }
            }
        }
    }
}
