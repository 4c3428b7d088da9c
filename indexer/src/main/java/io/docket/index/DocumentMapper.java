package io.docket.index;

import io.docket.model.Address;
import io.docket.model.Attachment;
import io.docket.model.MessageRecord;
import io.docket.model.ParsedMessage;
import io.docket.model.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an archived message into its Lucene document, field by field as {@link IndexFields} describes. */
public final class DocumentMapper {
    /** Analysed, stored, with offsets in the postings so the unified highlighter needs no re-analysis. */
    static final FieldType STORED_TEXT_WITH_OFFSETS = textType(true);
    /** Analysed with offsets, not stored (subject and names are served from the store record). */
    static final FieldType TEXT_WITH_OFFSETS = textType(false);

    private static final Pattern FILENAME_SEPARATORS = Pattern.compile("[_.#+\\-()\\[\\]]+");
    private static final Pattern ADDRESS_SEPARATORS = Pattern.compile("[._+\\-@]+");

    private final FacetsConfig facets = facetsConfig();

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(IndexFields.FACET_FOLDER, true);
        config.setMultiValued(IndexFields.FACET_CUSTOMER, true);
        config.setMultiValued(IndexFields.FACET_ORDER, true);
        config.setMultiValued(IndexFields.FACET_CLAUSE, true);
        return config;
    }

    private static FieldType textType(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    public Document toDocument(MessageRecord record, ParsedMessage parsed) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, record.id(), Field.Store.YES));
        doc.add(new BinaryDocValuesField(IndexFields.ID, new BytesRef(record.id())));
        if (!record.messageId().isEmpty()) {
            doc.add(new StringField(IndexFields.MESSAGE_ID, record.messageId().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        doc.add(new StringField(IndexFields.THREAD, record.threadId(), Field.Store.NO));
        doc.add(new StringField(IndexFields.SOURCE, record.source(), Field.Store.NO));

        addAddresses(doc, IndexFields.FROM, List.of(parsed.from()));
        addAddresses(doc, IndexFields.TO, parsed.to());
        addAddresses(doc, IndexFields.CC, parsed.cc());
        addAddresses(doc, IndexFields.BCC, parsed.bcc());

        doc.add(new Field(IndexFields.SUBJECT, parsed.subject(), TEXT_WITH_OFFSETS));
        doc.add(new Field(IndexFields.BODY, parsed.body(), STORED_TEXT_WITH_OFFSETS));
        doc.add(Previews.field(parsed.body()));
        for (Attachment attachment : parsed.attachments()) {
            // One value per attachment keeps value boundaries, so a phrase never spans two files.
            doc.add(new Field(IndexFields.ATTACHMENT, attachment.text(), STORED_TEXT_WITH_OFFSETS));
            if (!attachment.filename().isEmpty()) {
                doc.add(new TextField(IndexFields.FILENAME,
                        FILENAME_SEPARATORS.matcher(attachment.filename()).replaceAll(" "), Field.Store.NO));
                doc.add(new StringField(IndexFields.FILENAME_EXACT, attachment.filename().toLowerCase(Locale.ROOT),
                        Field.Store.NO));
            }
        }
        if (parsed.hasAttachments()) doc.add(new StringField(IndexFields.HAS, "attachment", Field.Store.NO));

        Set<String> folders = new LinkedHashSet<>();
        for (Place place : record.places()) {
            if (place.folder().isEmpty()) continue;
            folders.add(place.folder());
            String folder = place.folder().toLowerCase(Locale.ROOT);
            doc.add(new StringField(IndexFields.FOLDER, folder, Field.Store.NO));
            if (!place.account().isEmpty()) {
                doc.add(new StringField(IndexFields.FOLDER, place.account().toLowerCase(Locale.ROOT) + "/" + folder,
                        Field.Store.NO));
            }
        }
        if (!parsed.language().isEmpty()) doc.add(new StringField(IndexFields.LANG, parsed.language(), Field.Store.NO));
        if (parsed.date() != null) {
            doc.add(new LongField(IndexFields.DATE, parsed.date().toInstant().toEpochMilli(), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_YEAR,
                    Integer.toString(parsed.date().withOffsetSameInstant(ZoneOffset.UTC).getYear())));
        } else {
            // Undated messages sort first in time order rather than vanishing from date sorts.
            doc.add(new LongField(IndexFields.DATE, 0L, Field.Store.NO));
        }
        if (!parsed.from().address().isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_FROM, parsed.from().address().toLowerCase(Locale.ROOT)));
        }
        for (String folder : folders) doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_FOLDER, folder));
        doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_HAS_ATTACHMENT, parsed.hasAttachments() ? "yes" : "no"));
        addTrade(doc, record.trade());
        // A chat message's offset is the zone assumed for the exporting phone, not the sender's: it must not vote on anyone's zone.
        if (parsed.date() != null && record.source().equals(MessageRecord.EMAIL)) {
            doc.add(new org.apache.lucene.document.NumericDocValuesField(IndexFields.DATE_OFFSET, parsed.date().getOffset().getTotalSeconds()));
        }
        try {
            return facets.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addTrade(Document doc, io.docket.model.TradeFacts trade) {
        for (io.docket.model.TradeFacts.OrderRef order : trade.orders()) {
            doc.add(new StringField(IndexFields.ORDER, order.key(), Field.Store.NO));
            doc.add(new org.apache.lucene.document.SortedSetDocValuesField(IndexFields.ORDER_LABEL,
                    new org.apache.lucene.util.BytesRef(order.key() + "\t" + order.number())));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_ORDER, order.key()));
        }
        if (!trade.fromCustomer().isEmpty()) {
            doc.add(new org.apache.lucene.document.SortedDocValuesField(IndexFields.FROM_CUSTOMER,
                    new org.apache.lucene.util.BytesRef(trade.fromCustomer())));
        }
        for (String customer : trade.customers()) {
            doc.add(new StringField(IndexFields.CUSTOMER, customer, Field.Store.NO));
            doc.add(new org.apache.lucene.document.SortedSetDocValuesField(IndexFields.CUSTOMER, new org.apache.lucene.util.BytesRef(customer)));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_CUSTOMER, customer));
        }
        for (String type : trade.clauseTypes()) {
            doc.add(new StringField(IndexFields.CLAUSE, type, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_CLAUSE, type));
        }
    }

    private static void addAddresses(Document doc, String field, List<Address> addresses) {
        for (Address address : addresses) {
            if (address.address().isEmpty() && address.name().isEmpty()) continue;
            String addr = address.address().toLowerCase(Locale.ROOT);
            // Names plus the address split into its parts: from:hans, from:mueller, from:gmbh all match.
            String words = address.name() + " " + addr + " " + ADDRESS_SEPARATORS.matcher(addr).replaceAll(" ");
            doc.add(new Field(field, words, TEXT_WITH_OFFSETS));
            if (addr.isEmpty()) continue;
            doc.add(new StringField(field + IndexFields.ADDR_SUFFIX, addr, Field.Store.NO));
            for (String domain : domainAndParents(address.domain())) {
                doc.add(new StringField(field + IndexFields.DOMAIN_SUFFIX, domain, Field.Store.NO));
            }
        }
    }

    /** "sales.mueller-gmbh.de" → [sales.mueller-gmbh.de, mueller-gmbh.de]; a bare top-level domain is too broad to keep. */
    static List<String> domainAndParents(String domain) {
        List<String> out = new java.util.ArrayList<>();
        String d = domain;
        while (d.indexOf('.') > 0) {
            out.add(d);
            d = d.substring(d.indexOf('.') + 1);
        }
        return out;
    }
}
