package io.docket.samples.trade;

import java.util.List;

/** The spreadsheets and contracts of the story, with the numbers the mails quote. */
final class TradeDocuments {
    private TradeDocuments() {
    }

    static byte[] priceList2024Q1() {
        return Spreadsheet.xlsx("Price List 2024Q1", "2024-01-08T01:00:00Z", List.of(
                List.of("Model", "Description", "FOB Shenzhen USD/pc", "MOQ pcs", "Pcs/carton", "HS code"),
                List.of("HD-PL6060-40W", "LED panel 600x600 mm 40W 4000K UGR<19", 12.80, 1000, 4, "9405.42.00"),
                List.of("HD-PL2X2-40W", "LED flat panel 2x2 ft 40W DLC", 13.90, 1000, 4, "9405.42.00"),
                List.of("HD-TR2X4-50W", "LED troffer 2x4 ft 50W", 18.60, 500, 2, "9405.11.00"),
                List.of("HD-FL100W", "LED floodlight 100W IP65", 9.60, 500, 4, "9405.42.00"),
                List.of("HD-FL200W", "LED floodlight 200W IP65", 21.50, 300, 2, "9405.42.00"),
                List.of("HD-SL60W", "Solar street light 60W with pole bracket", 48.00, 100, 1, "9405.42.00"),
                List.of("HD-A60-9W", "LED bulb A60 E27/E26 9W", 0.55, 5000, 100, "8539.52.00"),
                List.of("HD-T8-18W", "LED tube T8 1200 mm 18W", 1.35, 2000, 25, "8539.52.00"),
                List.of("HD-DL18W", "LED downlight 18W round", 3.20, 1000, 20, "9405.11.00"),
                List.of("HD-ST24-14", "LED strip 24V 14.4W/m, 5 m reel (price per m)", 1.05, 5000, 50, "9405.42.00")));
    }

    static byte[] packingList0117() {
        return Spreadsheet.xlsx("Packing List", "2024-04-16T09:00:00Z", List.of(
                List.of("Order No.", "Model", "Cartons", "Pcs/carton", "Quantity pcs", "N.W. kg", "G.W. kg", "CBM"),
                List.of("HD-2024-0117", "HD-PL6060-40W", 1500, 4, 6000, 12000, 13500, 62.4),
                List.of("Container", "MSCU1234565", "", "", "", "", "", ""),
                List.of("B/L No.", "MEDUSZ1234567", "", "", "", "", "", "")));
    }

    static byte[] inspectionReport() {
        return Spreadsheet.xlsx("Prüfbericht", "2024-06-03T06:00:00Z", List.of(
                List.of("Bestellnummer", "Artikel", "Geprüft", "Flackern", "Quote"),
                List.of("4500123460", "HD-PL6060-40W", 6000, 180, "3,0 %"),
                List.of("Lieferung", "MSCU1234565", "", "", ""),
                List.of("Prüfer", "Petra Schmidt", "", "", "")));
    }

    static byte[] trofferQuote() {
        return Spreadsheet.xlsx("Quotation", "2024-04-18T08:00:00Z", List.of(
                List.of("PO No.", "Model", "Quantity pcs", "FOB Shenzhen USD/pc", "Amount USD", "Packing"),
                List.of("4500123457", "HD-TR2X4-50W", 2000, 18.90, 37800.00, "1 pc/carton")));
    }

    static byte[] contract033() {
        return ContractDocx.render("销售合同 SALES CONTRACT", List.of(
                        "合同号 Contract No.: HD-SC-2024-033",
                        "Date: 2024-03-05   Place of signing: Shenzhen",
                        "Order No.: HD-2024-0117   Buyer's order (Bestellnummer): 4500123460",
                        "The Seller: Huada Lighting Co., Ltd., Bldg 5, Nanshan Science Park, Shenzhen 518057, China",
                        "The Buyer: Müller GmbH, Speicherstraße 12, 20457 Hamburg, Germany"),
                List.of(new LineItem("HD-PL6060-40W", "LED panel 600x600 mm 40W 4000K", 6000, "12.50")), "USD",
                List.of("Price term: CIF Hamburg, Incoterms 2020. Total value USD 75,000.00.",
                        "Payment: by irrevocable L/C at sight, opened within 7 days of signing.",
                        "Time of shipment: 45 days after receipt of L/C; partial shipment not allowed.",
                        "Packing: 4 pcs/carton, export carton; shipping marks as per Buyer.",
                        "Port of loading: Yantian, Shenzhen. Port of destination: Hamburg.",
                        "Quality: as per confirmed sample; warranty 3 years. Quality claims within 90 days "
                                + "after arrival of the goods at the port of destination.",
                        "Arbitration: China International Economic and Trade Arbitration Commission (CIETAC), Shenzhen."),
                "2024-03-05T07:00:00Z");
    }

    static byte[] contract24HD017() {
        return ContractDocx.render("SALES CONTRACT  عقد بيع", List.of(
                        "S/C No. 24HD017",
                        "Date: 2024-01-22",
                        "The Seller: Huada Lighting Co., Ltd., Shenzhen, China",
                        "The Buyer: Al Noor Trading LLC, Al Maktoum Road, Deira, P.O. Box 45123, Dubai, UAE"),
                List.of(new LineItem("HD-FL200W", "LED floodlight 200W IP65", 1000, "21.50")), "USD",
                List.of("Price term: CFR Jebel Ali, Incoterms 2020. Total value USD 21,500.00.",
                        "Payment: 30% T/T deposit, 70% balance against B/L copy.",
                        "Time of shipment: 40 days after receipt of deposit.",
                        "Packing: 2 pcs/carton with Arabic/English labels.",
                        "Quality: warranty 2 years; claims within 60 days after arrival.",
                        "Arbitration: Dubai International Arbitration Centre."),
                "2024-01-22T04:00:00Z");
    }
}
