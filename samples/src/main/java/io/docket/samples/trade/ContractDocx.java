package io.docket.samples.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes a sales contract as DOCX with POI: title, parties, an item table and numbered clauses. */
final class ContractDocx {
    private ContractDocx() {
    }

    /**
     * @param title   e.g. "销售合同 SALES CONTRACT" (DOCX carries any script, unlike the PDF fonts)
     * @param header  lines under the title: contract number, date, seller, buyer
     * @param clauses numbered terms (price, payment, shipment, packing, quality, arbitration)
     */
    static byte[] render(String title, List<String> header, List<LineItem> items, String currency,
                         List<String> clauses, String created) {
        try (XWPFDocument doc = new XWPFDocument()) {
            var core = doc.getProperties().getCoreProperties();
            core.setCreator("Huada Lighting Co., Ltd.");
            core.setCreated(Optional.of(Date.from(Instant.parse(created))));
            core.setModified(Optional.of(Date.from(Instant.parse(created))));
            XWPFParagraph t = doc.createParagraph();
            t.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun tr = t.createRun();
            tr.setBold(true);
            tr.setFontSize(16);
            tr.setText(title);
            for (String line : header) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(items.size() + 1, 5);
            String[] heads = {"Model", "Description", "Quantity", "Unit Price", "Amount"};
            for (int c = 0; c < heads.length; c++) {
                table.getRow(0).getCell(c).setText(heads[c]);
            }
            for (int r = 0; r < items.size(); r++) {
                LineItem it = items.get(r);
                var row = table.getRow(r + 1);
                row.getCell(0).setText(it.model());
                row.getCell(1).setText(it.description());
                row.getCell(2).setText(LineItem.count(it.quantity()) + " " + it.unit());
                row.getCell(3).setText(currency + " " + LineItem.money(it.unitPrice()));
                row.getCell(4).setText(currency + " " + LineItem.money(it.amount()));
            }
            for (int i = 0; i < clauses.size(); i++) {
                doc.createParagraph().createRun().setText((i + 1) + ". " + clauses.get(i));
            }
            doc.createParagraph().createRun().setText("The Seller: Huada Lighting Co., Ltd.            The Buyer:");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return StoredZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
