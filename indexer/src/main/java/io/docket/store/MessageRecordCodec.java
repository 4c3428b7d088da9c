package io.docket.store;

import io.docket.model.Address;
import io.docket.model.ChatRef;
import io.docket.model.MessageRecord;
import io.docket.model.ParseWarning;
import io.docket.model.Place;
import io.docket.model.Sha256;
import io.docket.model.TradeFacts;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * The store's encoding of a {@link MessageRecord}: a version byte, then every component in declaration
 * order (variable-length ints, length-prefixed UTF-8, raw 32-byte digests). Every search hit and
 * evidence list decodes records, and Jackson spent about 30 µs on each (reflection, ISO date parsing);
 * this takes a few. Records written as JSON by earlier versions (first byte '{') are still read.
 *
 * <p>Adding a component to any record encoded here must extend both {@link #encode} and {@link #decode};
 * {@code MessageRecordCodecTest} fails until the component lists it pins are updated.
 */
public final class MessageRecordCodec {
    /** Version 1 of the binary form; JSON values start with '{' (0x7B), so the two never meet. */
    static final byte V1 = 1;
    private static final HexFormat HEX = HexFormat.of();

    private MessageRecordCodec() {}

    public static byte[] encode(MessageRecord r) {
        Out out = new Out(512);
        out.buf[out.pos++] = V1;
        out.string(r.id());
        out.string(r.messageId());
        out.list(r.variants(), (o, v) -> {
            o.sha(v.sha256());
            o.varLong(v.size());
            o.varLong(v.archivedAtMillis());
        });
        out.list(r.places(), (o, p) -> {
            o.string(p.source());
            o.string(p.account());
            o.string(p.folder());
            o.string(p.locator());
        });
        out.string(r.threadId());
        out.list(r.parentIds(), Out::string);
        out.string(r.subject());
        out.address(r.from());
        out.list(r.to(), Out::address);
        out.list(r.cc(), Out::address);
        out.date(r.date());
        out.list(r.attachments(), (o, a) -> {
            o.varLong(a.index());
            o.string(a.name());
            o.string(a.contentType());
            o.varLong(a.size());
            o.sha(a.sha256());
        });
        out.string(r.language());
        out.list(r.warnings(), (o, w) -> {
            o.string(w.code());
            o.string(w.detail());
        });
        out.string(r.source());
        TradeFacts t = r.trade();
        out.list(t.orders(), (o, ref) -> {
            o.string(ref.key());
            o.string(ref.number());
            o.list(ref.where(), Out::string);
        });
        out.list(t.clauses(), (o, c) -> {
            o.string(c.type());
            o.string(c.value());
            o.string(c.sentence());
            o.string(c.where());
        });
        out.list(t.customers(), Out::string);
        out.string(t.fromCustomer());
        ChatRef chat = r.chat();
        out.varLong(chat == null ? 0 : 1);
        if (chat != null) {
            out.string(chat.file());
            out.string(chat.title());
            out.varLong(chat.index());
            out.varLong(chat.firstLine());
            out.varLong(chat.lastLine());
            out.string(chat.format());
            out.string(chat.dateOrder());
            out.string(chat.zone());
            out.string(chat.zoneSource());
            out.string(chat.customer());
        }
        return Arrays.copyOf(out.buf, out.pos);
    }

    public static MessageRecord decode(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') return StoreCodec.decode(bytes, MessageRecord.class);
        if (bytes.length == 0 || bytes[0] != V1) {
            throw new StoreException("unknown message record format " + (bytes.length == 0 ? "(empty)" : bytes[0]), null);
        }
        In in = new In(bytes, 1);
        try {
            String id = in.string();
            String messageId = in.string();
            List<MessageRecord.Variant> variants = in.list(i -> new MessageRecord.Variant(i.sha(), i.varLong(), i.varLong()));
            List<Place> places = in.list(i -> new Place(i.string(), i.string(), i.string(), i.string()));
            String threadId = in.string();
            List<String> parentIds = in.list(In::string);
            String subject = in.string();
            Address from = in.address();
            List<Address> to = in.list(In::address);
            List<Address> cc = in.list(In::address);
            OffsetDateTime date = in.date();
            List<MessageRecord.AttachmentInfo> attachments = in.list(i -> new MessageRecord.AttachmentInfo(
                    (int) i.varLong(), i.string(), i.string(), i.varLong(), i.sha()));
            String language = in.string();
            List<ParseWarning> warnings = in.list(i -> new ParseWarning(i.string(), i.string()));
            String source = in.string();
            List<TradeFacts.OrderRef> orders = in.list(i -> new TradeFacts.OrderRef(i.string(), i.string(), i.list(In::string)));
            List<TradeFacts.ClauseFact> clauses = in.list(i -> new TradeFacts.ClauseFact(i.string(), i.string(), i.string(), i.string()));
            List<String> customers = in.list(In::string);
            String fromCustomer = in.string();
            ChatRef chat = in.varLong() == 0 ? null : new ChatRef(in.string(), in.string(), (int) in.varLong(), (int) in.varLong(),
                    (int) in.varLong(), in.string(), in.string(), in.string(), in.string(), in.string());
            if (in.pos != bytes.length) throw new StoreException("message record " + id + " has " + (bytes.length - in.pos) + " trailing bytes", null);
            return new MessageRecord(id, messageId, variants, places, threadId, parentIds, subject, from, to, cc, date,
                    attachments, language, warnings, source, new TradeFacts(orders, clauses, customers, fromCustomer), chat);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // Truncated or garbled bytes: out-of-range reads, impossible lengths, invalid offsets or digests.
            throw new StoreException("corrupt message record: " + e, e);
        }
    }

    private interface Writer<T> {
        void write(Out out, T value);
    }

    private static final class Out {
        byte[] buf;
        int pos;

        Out(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int more) {
            if (pos + more > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + more));
        }

        void varLong(long v) {
            ensure(10);
            while ((v & ~0x7FL) != 0) {
                buf[pos++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[pos++] = (byte) v;
        }

        /** Length + 1, so null (0) and "" (1) stay apart. */
        void string(String s) {
            if (s == null) {
                varLong(0);
                return;
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            varLong(b.length + 1L);
            ensure(b.length);
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }

        void sha(Sha256 sha) {
            ensure(33);
            if (sha == null) {
                buf[pos++] = 0;
                return;
            }
            buf[pos++] = 1;
            byte[] raw = HEX.parseHex(sha.hex());
            System.arraycopy(raw, 0, buf, pos, 32);
            pos += 32;
        }

        void address(Address a) {
            string(a.name());
            string(a.address());
        }

        void date(OffsetDateTime d) {
            ensure(1);
            if (d == null) {
                buf[pos++] = 0;
                return;
            }
            buf[pos++] = 1;
            varLong(zigZag(d.toEpochSecond()));
            varLong(d.getNano());
            varLong(zigZag(d.getOffset().getTotalSeconds()));
        }

        <T> void list(List<T> items, Writer<T> writer) {
            varLong(items.size());
            for (T item : items) writer.write(this, item);
        }

        private static long zigZag(long v) {
            return (v << 1) ^ (v >> 63);
        }
    }

    private static final class In {
        final byte[] buf;
        int pos;

        In(byte[] buf, int pos) {
            this.buf = buf;
            this.pos = pos;
        }

        long varLong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                byte b = buf[pos++];
                v |= (long) (b & 0x7F) << shift;
                if (b >= 0) return v;
            }
            throw new IllegalArgumentException("variable-length number too long");
        }

        String string() {
            long n = varLong();
            if (n == 0) return null;
            int len = Math.toIntExact(n - 1);
            String s = new String(buf, pos, len, StandardCharsets.UTF_8);
            pos += len;
            return s;
        }

        Sha256 sha() {
            if (buf[pos++] == 0) return null;
            String hex = HEX.formatHex(buf, pos, pos + 32);
            pos += 32;
            return new Sha256(hex);
        }

        Address address() {
            return new Address(string(), string());
        }

        OffsetDateTime date() {
            if (buf[pos++] == 0) return null;
            long seconds = unZigZag(varLong());
            int nanos = (int) varLong();
            int offset = (int) unZigZag(varLong());
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), ZoneOffset.ofTotalSeconds(offset));
        }

        <T> List<T> list(Function<In, T> reader) {
            int n = Math.toIntExact(varLong());
            if (n > buf.length - pos) throw new IllegalArgumentException("list of " + n + " items in " + (buf.length - pos) + " bytes");
            List<T> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) out.add(reader.apply(this));
            return out;
        }

        private static long unZigZag(long v) {
            return (v >>> 1) ^ -(v & 1);
        }
    }
}
