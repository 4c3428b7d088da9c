package io.docket.samples.trade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds a one-sheet XLSX (price list, packing list, QC report) from rows of strings and numbers. */
final class Spreadsheet {
    private Spreadsheet() {
    }

    /** The first row is the header and is set in bold; Number cells stay numeric so sums work in Excel. */
    static byte[] xlsx(String sheetName, String created, List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            var core = wb.getProperties().getCoreProperties();
            core.setCreator("Huada Lighting Co., Ltd.");
            // POI stamps "created" with the clock unless told otherwise.
            core.setCreated(Optional.of(java.util.Date.from(java.time.Instant.parse(created))));
            core.setModified(Optional.of(java.util.Date.from(java.time.Instant.parse(created))));
            XSSFSheet sheet = wb.createSheet(sheetName);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    var cell = row.createCell(c);
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        cell.setCellValue(v.toString());
                    }
                    if (r == 0) {
                        cell.setCellStyle(head);
                    }
                }
            }
            for (int c = 0; c < rows.getFirst().size(); c++) {
                sheet.setColumnWidth(c, 18 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return StoredZip.normalize(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
