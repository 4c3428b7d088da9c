package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.AMY;
import static io.docket.samples.trade.Cast.JOSE;
import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Iberia Importaciones S.L., Madrid: Pedido nº 7781 (one mail in ISO-8859-1, "RV:" forward, a "答复:"
 * internal reply) and the small repeat Pedido nº 7795.
 */
final class IberiaStory {
    private static final Party CONTABILIDAD = new Party("Contabilidad Iberia", "contabilidad@iberia-importaciones.es",
            "Iberia Importaciones S.L.", ZoneId.of("Europe/Madrid"), QuoteStyle.ES);
    private static final String JOSE_SIGNATURE = """
            Un saludo,
            José García
            Departamento de Compras | Iberia Importaciones S.L.
            Calle de Alcalá 123, 28009 Madrid
            Tel. +34 91 555 12 34""";

    private IberiaStory() {
    }

    static void write(Mailbag bag) {
        Letter inquiry = bag.mail(JOSE).to(LILY).at("2024-03-04 11:00")
                .subject("Solicitud de oferta - tiras LED y downlights")
                .body("""
                        Estimada Sra. Chen:

                        Le agradecería una oferta para:
                        - 10.000 m de tira LED 24V 14,4W/m (rollos de 5 m)
                        - 2.000 downlights LED 18W redondos

                        Indíquenos por favor la forma de pago y el plazo de entrega.

                        """ + JOSE_SIGNATURE).send();

        Letter offer = bag.reply(inquiry, LILY, "Re: ").at("2024-03-05 09:30")
                .body("""
                        Dear Mr. Garcia,

                        Our offer, FOB Shenzhen:
                        - HD-ST24-14 LED strip 24V 14.4W/m: USD 1.05/m x 10,000 m
                        - HD-DL18W LED downlight 18W: USD 3.20/pc x 2,000 pcs
                        Payment: 30% T/T deposit, 70% balance against B/L copy
                        Delivery: 30 days after deposit

                        """ + LILY_SIGNATURE).quoting().send();

        Letter pedido = bag.reply(offer, JOSE, "RE: ").charset("ISO-8859-1").at("2024-03-06 17:15")
                .body("""
                        Estimada Sra. Chen:

                        Le confirmamos el Pedido nº 7781 con dos cambios:
                        - Precio del downlight: 3,05 USD/unidad en lugar de 3,20 USD
                        - Plazo de entrega: 25 días desde el anticipo, no 30 días
                        Forma de pago: 30% anticipo por transferencia, 70% contra copia del B/L (aceptada).

                        """ + JOSE_SIGNATURE).quoting().send();

        Letter pi = bag.reply(pedido, LILY, "RE: ").at("2024-03-07 10:20")
                .body("""
                        Dear Mr. Garcia,

                        Thank you for Pedido nº 7781. We accept USD 3.05/pc for the downlights. 25 days is
                        not possible for 10,000 m of strip; we can do 28 days after deposit.
                        Our P/I No. PI-2024-0595 is attached: total USD 16,600.00 FOB Shenzhen.

                        """ + LILY_SIGNATURE)
                .attach(FileAttachment.pdf("PI-2024-0595.pdf", ProformaInvoicePdf.render(pi0595())))
                .quoting().send();

        Letter transfer = bag.mail(CONTABILIDAD).to(JOSE).at("2024-03-08 12:02")
                .subject("Transferencia anticipo pedido 7781")
                .body("""
                        José, hoy se ha ordenado la transferencia del anticipo de 4.980,00 USD a Huada
                        (PI-2024-0595). Referencia bancaria ES76 2100 0418 4502 0005 1332.""").compose();

        Letter rv = bag.forward(transfer, JOSE, "RV: ", false).to(LILY).at("2024-03-08 12:30")
                .body("""
                        Estimada Sra. Chen:

                        Aceptamos 28 días. Le reenvío la confirmación de la transferencia del anticipo.

                        """ + JOSE_SIGNATURE).send();

        Letter check = bag.forward(rv, LILY, "FW: ", false).to(AMY).at("2024-03-11 09:05")
                .body("Amy, please check the deposit USD 4,980.00 for PI-2024-0595 (Pedido 7781). Thanks, Lily")
                .send();

        bag.reply(check, AMY, "答复: ").at("2024-03-11 11:40")
                .body("Lily, USD 4,980.00 received on 2024-03-11. Amy").quoting().send();

        Letter advice = bag.mail(LILY).to(JOSE).at("2024-04-05 15:00")
                .subject("Aviso de embarque / Shipment advice - Pedido nº 7781")
                .body("""
                        Dear Mr. Garcia,

                        Pedido nº 7781 shipped on 2024-04-05: vessel COSCO SHIPPING ROSE V.063W, ETA Valencia
                        2024-05-02, B/L COSU6789012345. Balance USD 11,620.00 against B/L copy (attached to
                        our next mail).

                        """ + LILY_SIGNATURE).send();

        bag.reply(advice, JOSE, "RE: ").at("2024-04-05 10:10")
                .body("Gracias, Sra. Chen. Pagaremos el saldo al recibir la copia del B/L.\n\n" + JOSE_SIGNATURE)
                .quoting().send();

        repeatOrder(bag);
    }

    private static void repeatOrder(Mailbag bag) {
        Letter order = bag.mail(JOSE).to(LILY).at("2024-05-13 10:00")
                .subject("Pedido nº 7795 - reposición tiras LED")
                .body("""
                        Estimada Sra. Chen:

                        Pedido nº 7795: 5.000 m de tira LED HD-ST24-14, mismas condiciones que el pedido 7781
                        (1,05 USD/m FOB Shenzhen, 30% anticipo, 70% contra copia del B/L, 28 días).

                        """ + JOSE_SIGNATURE).send();

        Letter reply = bag.reply(order, LILY, "Re: ").at("2024-05-14 09:15")
                .body("""
                        Dear Mr. Garcia,

                        Pedido nº 7795 confirmed: 5,000 m x USD 1.05 = USD 5,250.00 FOB Shenzhen, same terms,
                        delivery 28 days after deposit.

                        """ + LILY_SIGNATURE).quoting().send();

        bag.reply(reply, JOSE, "RE: ").at("2024-05-14 09:50").flags("")
                .body("Perfecto, gracias.\n\n" + JOSE_SIGNATURE).quoting().send();
    }

    private static ProformaInvoice pi0595() {
        return new ProformaInvoice("PI-2024-0595", LocalDate.of(2024, 3, 7), "Iberia Importaciones S.L.",
                List.of("Calle de Alcalá 123", "28009 Madrid, Spain", "CIF B12345678"), "Pedido nº 7781",
                List.of(new LineItem("HD-ST24-14", "LED strip 24V 14.4W/m", 10000, "m", new java.math.BigDecimal("1.05")),
                        new LineItem("HD-DL18W", "LED downlight 18W round", 2000, "3.05")),
                "USD", "FOB Shenzhen", "30% T/T deposit, 70% against B/L copy", "28 days after deposit",
                "Strip: 50 reels/carton; downlight: 20 pcs/carton");
    }
}
