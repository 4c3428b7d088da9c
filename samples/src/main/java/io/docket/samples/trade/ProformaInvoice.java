package io.docket.samples.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts printed on a proforma invoice. {@code orderRef} may be null: then the PDF carries only
 * the PI number. Text must stay Latin-1: the PDF uses a Standard 14 font (WinAnsiEncoding).
 */
record ProformaInvoice(String piNumber, LocalDate date, String buyer, List<String> buyerAddress, String orderRef,
                       List<LineItem> items, String currency, String incoterm, String payment, String delivery,
                       String packing) {
    ProformaInvoice {
        items = List.copyOf(items);
        buyerAddress = List.copyOf(buyerAddress);
    }

    BigDecimal total() {
        return items.stream().map(LineItem::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
