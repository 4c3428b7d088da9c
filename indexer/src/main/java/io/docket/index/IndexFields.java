package io.docket.index;

/**
 * Every Lucene field Docket writes, in one place, each with why it is indexed the way it is.
 * A message is one document; re-indexing a message replaces its document by {@link #ID}.
 */
public final class IndexFields {
    private IndexFields() {}

    /**
     * Docket's stable message id. Keyword: the update key. Binary doc values: what a hit returns, read
     * without touching the compressed stored fields ({@link DocIds}). Also stored, for older segments.
     */
    public static final String ID = "id";
    /** Message-ID without brackets, lower-cased. Keyword: exact look-up for {@code id:}. */
    public static final String MESSAGE_ID = "mid";
    /** Thread id. Keyword: {@code thread:} and thread expansion. */
    public static final String THREAD = "thread";

    /** Per address header (from, to, cc, bcc): analyzed names plus address parts, for forgiving {@code from:hans}. */
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String CC = "cc";
    public static final String BCC = "bcc";
    /** Suffix for the exact, lower-cased address of an address header (keyword). */
    public static final String ADDR_SUFFIX = "_addr";
    /** Suffix for every domain and parent domain of an address header (keyword), so {@code from:mueller-gmbh.de} matches all of it. */
    public static final String DOMAIN_SUFFIX = "_domain";

    /** Subject, analyzed (ICU words, folded). Offsets for highlighting. */
    public static final String SUBJECT = "subject";
    /** Message text (plain, or HTML as text, plus forwarded parts). Analyzed, stored, with offsets for snippets. */
    public static final String BODY = "body";
    /** The body's beginning as a hit shows it (binary doc values only, see {@link Previews}). */
    public static final String PREVIEW = "preview";
    /** Text read from attachments, one value per attachment. Analyzed, stored, offsets for snippets. */
    public static final String ATTACHMENT = "attachment";
    /** Attachment file names, analyzed so {@code filename:invoice} finds {@code Proforma_Invoice.pdf}. */
    public static final String FILENAME = "filename";
    /** Attachment file names, lower-cased whole. Keyword: exact {@code filename:fluxbox.spec}. */
    public static final String FILENAME_EXACT = "filename_exact";

    /** Folder names where the message was seen, lower-cased, both "folder" and "account/folder". Keyword. */
    public static final String FOLDER = "folder";
    /** Detected language code (ISO 639-1). Keyword. */
    public static final String LANG = "lang";
    /** Flags such as "attachment" for {@code has:attachment}. Keyword. */
    public static final String HAS = "has";
    /** Sending time, epoch millis UTC. Points for ranges, doc values for sorting. */
    public static final String DATE = "date";
    /** Where the item came from: "email" or "whatsapp" (a chat export). Keyword for {@code source:}. */
    public static final String SOURCE = "source";

    /** Order keys named anywhere in the message (folded: "HD20240117"). Keyword plus sorted-set doc values for aggregation. */
    public static final String ORDER = "order";
    /** "KEY\tSpelling" per order (sorted-set doc values only): aggregation counts keys and learns how people write them. */
    public static final String ORDER_LABEL = "order_label";
    /** The sender's customer id when the sender is a customer (sorted doc values only): its time zone. */
    public static final String FROM_CUSTOMER = "from_customer";
    /** Customer ids of the correspondents outside the company. Keyword plus sorted-set doc values. */
    public static final String CUSTOMER = "customer";
    /** Clause types the message states ("payment", "incoterm"...). Keyword. */
    public static final String CLAUSE = "clause";
    /** The Date header's offset from UTC in seconds (doc values only, mail only): customers' time zones come from it. */
    public static final String DATE_OFFSET = "date_offset";

    /** Facet dimensions (Lucene facet module, sorted-set doc values; no taxonomy index to keep in sync). */
    public static final String FACET_FROM = "from";
    public static final String FACET_YEAR = "year";
    public static final String FACET_FOLDER = "folder";
    public static final String FACET_HAS_ATTACHMENT = "hasAttachment";
    public static final String FACET_CUSTOMER = "customer";
    public static final String FACET_ORDER = "order";
    public static final String FACET_CLAUSE = "clause";
}
