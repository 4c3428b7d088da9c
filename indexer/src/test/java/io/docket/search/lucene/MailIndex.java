package io.docket.search.lucene;

import io.docket.index.DocketAnalyzer;
import io.docket.index.IndexFields;
import io.docket.model.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A real in-memory Lucene index of a few mails, each written field by field as {@link IndexFields}
 * describes, so translator tests assert against what the indexer will store rather than against
 * the shape of a Query object.
 */
final class MailIndex implements AutoCloseable {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    /** One test mail; only {@code id} is required. */
    static final class Mail {
        final String id;
        String messageId = "";
        String thread = "";
        final Map<String, List<Address>> addresses = new LinkedHashMap<>();
        String subject = "";
        String body = "";
        final List<String[]> attachments = new ArrayList<>();
        final List<String> folders = new ArrayList<>();
        String lang = "";
        Instant date = Instant.EPOCH;

        Mail(String id) {
            this.id = id;
        }

        Mail messageId(String value) { messageId = value; return this; }
        Mail thread(String value) { thread = value; return this; }
        Mail address(String field, String name, String address) {
            addresses.computeIfAbsent(field, f -> new ArrayList<>()).add(new Address(name, address));
            return this;
        }
        Mail from(String name, String address) { return address(IndexFields.FROM, name, address); }
        Mail to(String name, String address) { return address(IndexFields.TO, name, address); }
        Mail subject(String value) { subject = value; return this; }
        Mail body(String value) { body = value; return this; }
        Mail attachment(String filename, String text) { attachments.add(new String[] {filename, text}); return this; }
        Mail folder(String value) { folders.add(value); return this; }
        Mail lang(String value) { lang = value; return this; }
        Mail date(String isoInstant) { date = Instant.parse(isoInstant); return this; }
    }

    MailIndex(List<Mail> mails) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new DocketAnalyzer()))) {
            for (Mail mail : mails) {
                writer.addDocument(document(mail));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        searcher = new IndexSearcher(reader);
    }

    private static Document document(Mail mail) {
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, mail.id, Field.Store.YES));
        keyword(doc, IndexFields.MESSAGE_ID, lower(mail.messageId.replaceAll("^<|>$", "")));
        keyword(doc, IndexFields.THREAD, mail.thread);
        mail.addresses.forEach((field, list) -> list.forEach(a -> addAddress(doc, field, a)));
        text(doc, IndexFields.SUBJECT, mail.subject);
        text(doc, IndexFields.BODY, mail.body);
        for (String[] attachment : mail.attachments) {
            text(doc, IndexFields.FILENAME, attachment[0]);
            keyword(doc, IndexFields.FILENAME_EXACT, lower(attachment[0]));
            text(doc, IndexFields.ATTACHMENT, attachment[1]);
        }
        if (!mail.attachments.isEmpty()) {
            keyword(doc, IndexFields.HAS, "attachment");
        }
        mail.folders.forEach(folder -> keyword(doc, IndexFields.FOLDER, lower(folder)));
        keyword(doc, IndexFields.LANG, mail.lang);
        keyword(doc, IndexFields.SOURCE, "email");
        doc.add(new LongField(IndexFields.DATE, mail.date.toEpochMilli(), Field.Store.NO));
        return doc;
    }

    /** Names and address parts as text; the address exactly; every domain and parent domain short of the TLD. */
    private static void addAddress(Document doc, String field, Address address) {
        text(doc, field, address.name() + " " + address.address());
        keyword(doc, field + IndexFields.ADDR_SUFFIX, lower(address.address()));
        for (String domain = address.domain(); domain.indexOf('.') > 0; domain = domain.substring(domain.indexOf('.') + 1)) {
            keyword(doc, field + IndexFields.DOMAIN_SUFFIX, domain);
        }
    }

    private static void text(Document doc, String field, String value) {
        if (!value.isBlank()) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void keyword(Document doc, String field, String value) {
        if (!value.isBlank()) {
            doc.add(new StringField(field, value, Field.Store.NO));
        }
    }

    private static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    /** The ids of every document the query matches. */
    Set<String> ids(Query query) {
        try {
            Set<String> ids = new HashSet<>();
            for (ScoreDoc hit : searcher.search(query, Math.max(1, reader.maxDoc())).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc).get(IndexFields.ID));
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
