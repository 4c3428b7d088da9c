package io.docket.samples.trade;

import static io.docket.samples.trade.Cast.LILY;
import static io.docket.samples.trade.Cast.LILY_SIGNATURE;
import static io.docket.samples.trade.Cast.SOPHIE;

import java.time.ZoneId;

/**
 * Lumière Distribution SARL, Lyon: commande n° FR-2291. French clients write "RE :" with a space
 * before the colon, and forward with "TR:".
 */
final class LumiereStory {
    private static final Party MARC = new Party("Marc Dubois", "m.dubois@lumiere-distribution.fr",
            "Lumière Distribution SARL", ZoneId.of("Europe/Paris"), QuoteStyle.FR);
    private static final String SOPHIE_SIGNATURE = """
            Cordialement,
            Sophie Lefèvre
            Responsable Achats | Lumière Distribution SARL
            45 rue de la République, 69002 Lyon
            Tél. +33 4 78 12 34 56""";

    private LumiereStory() {
    }

    static void write(Mailbag bag) {
        Letter ask = bag.mail(SOPHIE).to(LILY).at("2024-03-12 14:30")
                .subject("Demande de prix - projecteurs LED 100W")
                .body("""
                        Bonjour Madame Chen,

                        Pourriez-vous nous faire une offre pour 1 200 projecteurs LED 100W IP65 ?
                        Merci d'indiquer les conditions de paiement et le délai de livraison.

                        """ + SOPHIE_SIGNATURE).send();

        Letter offer = bag.reply(ask, LILY, "Re: ").at("2024-03-13 10:00")
                .body("""
                        Dear Ms. Lefevre,

                        HD-FL100W LED floodlight 100W IP65: USD 9.60/pc FOB Shenzhen, 1,200 pcs = USD 11,520.00.
                        Payment: 30% T/T deposit, 70% before shipment. Delivery: 30 days after deposit.

                        """ + LILY_SIGNATURE).quoting().send();

        Letter commande = bag.reply(offer, SOPHIE, "RE : ").at("2024-03-14 09:20")
                .body("""
                        Bonjour Madame Chen,

                        Nous confirmons la commande n° FR-2291 pour 1 200 pièces, aux conditions suivantes :
                        - Incoterm : DAP Lyon (et non FOB Shenzhen)
                        - Conditions de paiement : 30 % d'acompte, solde à 60 jours après réception
                        - Délai de livraison : 30 jours, d'accord.

                        """ + SOPHIE_SIGNATURE).quoting().send();

        Letter counter = bag.reply(commande, LILY, "RE: ").at("2024-03-15 11:45")
                .body("""
                        Dear Ms. Lefevre,

                        Thank you for commande n° FR-2291. DAP Lyon is possible at USD 10.40/pc (freight and
                        transit included), total USD 12,480.00. But the balance must be paid against B/L copy:
                        30% deposit, 70% against B/L copy. We cannot give 60 days credit.

                        """ + LILY_SIGNATURE).quoting().send();

        bag.reply(counter, SOPHIE, "RE : ").at("2024-03-15 16:05")
                .body("""
                        Bonjour Madame Chen,

                        D'accord : 10,40 USD/pièce DAP Lyon, 30 % d'acompte et 70 % contre copie du B/L.
                        L'acompte de 3 744,00 USD part cette semaine.

                        """ + SOPHIE_SIGNATURE).quoting().send();

        Letter question = bag.mail(MARC).to(SOPHIE).at("2024-03-18 08:50")
                .subject("Certificat CE - commande n° FR-2291")
                .body("Sophie, peux-tu demander au fournisseur le certificat CE et le rapport RoHS des projecteurs ? Marc")
                .compose();

        Letter tr = bag.forward(question, SOPHIE, "TR: ", false).to(LILY).at("2024-03-18 09:10")
                .body("Bonjour Madame Chen, voir la demande de mon collègue ci-dessous. Merci !\n\n" + SOPHIE_SIGNATURE)
                .send();

        bag.reply(tr, LILY, "RE: ").at("2024-03-18 17:30")
                .body("""
                        Dear Ms. Lefevre,

                        The CE certificate (EN 60598, EN 55015) and RoHS report for HD-FL100W will follow
                        with the shipping documents of commande n° FR-2291.

                        """ + LILY_SIGNATURE).quoting().send();
    }
}
