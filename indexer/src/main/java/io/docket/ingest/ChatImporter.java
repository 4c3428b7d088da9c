package io.docket.ingest;

import static io.docket.store.ArchiveStore.utf8;

import io.docket.customer.ChatParties;
import io.docket.customer.CustomerDirectory;
import io.docket.harvest.chat.ChatExport;
import io.docket.harvest.chat.ChatTitles;
import io.docket.model.Attachment;
import io.docket.model.ChatRef;
import io.docket.model.DocketIds;
import io.docket.model.MessageRecord;
import io.docket.model.ParsedMessage;
import io.docket.model.Place;
import io.docket.model.TradeFacts;
import io.docket.parse.chat.ChatMessage;
import io.docket.parse.chat.ChatOriginals;
import io.docket.parse.chat.ChatParser;
import io.docket.parse.chat.ChatTranscript;
import io.docket.store.ArchiveStore;
import io.docket.store.ArchiveStore.Family;
import io.docket.store.ThreadTable;
import io.docket.thread.ThreadLinks;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Archives one WhatsApp export: the export file is kept byte for byte as an original (its SHA-256 the
 * key, a custody entry per message it yields), and each message becomes an archived item with source
 * "whatsapp" that points back at the export and its line range, goes through the same trade extraction
 * as mail, joins its conversation's thread and is indexed. Decisions run under the pipeline's decision
 * lock, one atomic store batch per message, as for mail; re-importing the same export changes nothing.
 */
final class ChatImporter {
    static final String SOURCE = MessageRecord.WHATSAPP;

    private final IngestPipeline pipeline;
    private final ChatOriginals chats;
    private final ChatParser parser = new ChatParser();

    ChatImporter(IngestPipeline pipeline, ChatOriginals chats) {
        this.pipeline = pipeline;
        this.chats = chats;
    }

    /** One message read and analysed, before anything is written. */
    private record Prepared(ChatMessage message, ParsedMessage parsed, TradeFacts facts, String id, ChatRef ref) {}

    private enum Kind { ARCHIVED, DUPLICATE, SEEN_AGAIN, VARIANT }

    ChatImportReport run(ChatImport request) {
        ChatExport export = request.export();
        ChatTranscript transcript = parser.parse(export.text(), request.dateOrder(), new HashSet<>(export.media()));
        CustomerDirectory directory = pipeline.trade.customers();
        Optional<CustomerDirectory.Customer> given = Optional.empty();
        if (!request.customer().isEmpty()) {
            given = Optional.of(directory.find(request.customer()).orElseThrow(() -> new ChatImportException(
                    "no customer \"" + request.customer() + "\": give a customer's name or id from docket.yml ("
                            + String.join(", ", directory.configured().stream().map(CustomerDirectory.Customer::name).toList())
                            + ") or a customer id such as its mail domain")));
        }
        String title = export.title();
        ChatParties parties = ChatParties.of(directory, transcript.senders(), counterpart(export.fileName()), given);

        List<String> warnings = new ArrayList<>(export.warnings());
        warnings.addAll(transcript.warnings());
        if (parties.customers().isEmpty()) {
            warnings.add("no customer is known for this chat: its messages carry none (give --customer, or list the senders under a "
                    + "customer's chatNames or phones in docket.yml and run docket reindex)");
        }
        List<Prepared> prepared = prepare(request, transcript, parties, title);

        List<String> ids = new ArrayList<>();
        int[] counts = new int[Kind.values().length];
        int attachments = 0;
        boolean newOriginal = !pipeline.store.hasOriginal(export.sha256());
        Prepared previous = null;
        for (Prepared p : prepared) {
            boolean sameConversation = previous != null
                    && !Duration.between(previous.message().time(), p.message().time()).minus(ThreadLinks.CHAT_CONVERSATION_GAP).isPositive();
            String previousId = sameConversation ? previous.id() : null;
            counts[archive(request, p, previousId).ordinal()]++;
            attachments += p.parsed().attachments().size();
            for (var w : p.parsed().warnings()) warnings.add("line " + p.message().firstLine() + ": " + w);
            ids.add(p.id());
            previous = p;
        }
        return new ChatImportReport(export.fileName(), export.sha256().hex(), newOriginal, title, transcript.format().label(),
                transcript.dateOrder().label(), transcript.dateOrderReason(), request.zone().getId(), request.zoneSource(),
                parties.customers(), prepared.size(), counts[Kind.ARCHIVED.ordinal()], counts[Kind.DUPLICATE.ordinal()],
                counts[Kind.SEEN_AGAIN.ordinal()], counts[Kind.VARIANT.ordinal()], transcript.notices().size(), attachments,
                warnings, ids);
    }

    /** The counterpart a one-to-one export is named after; "" when the file name is not WhatsApp's own. */
    static String counterpart(String fileName) {
        return ChatTitles.namesCounterpart(fileName) ? ChatTitles.of(fileName) : "";
    }

    /** The trade facts of a chat message: its orders and terms, and the chat's customers. */
    static TradeFacts facts(IngestPipeline pipeline, ChatParties parties, ParsedMessage parsed, String sender) {
        try {
            return pipeline.trade.analyze(parsed, parties.customers(), parties.customerOf(sender));
        } catch (RuntimeException | StackOverflowError e) {
            return new TradeFacts(List.of(), List.of(), parties.customers(), parties.customerOf(sender));
        }
    }

    /** Reading, media text and extraction for every message: the expensive part, in parallel and outside any lock. */
    private List<Prepared> prepare(ChatImport request, ChatTranscript transcript, ChatParties parties, String title) {
        ChatExport export = request.export();
        Map<String, Integer> repeats = new HashMap<>();
        List<Integer> repeat = new ArrayList<>();
        for (ChatMessage m : transcript.messages()) {
            repeat.add(repeats.merge(m.time() + "\u0000" + m.sender() + "\u0000" + m.text(), 1, Integer::sum) - 1);
        }
        return transcript.messages().parallelStream().map(m -> {
            ParsedMessage parsed = chats.documents().parsed(export, transcript, m, request.zone());
            TradeFacts facts = facts(pipeline, parties, parsed, m.sender());
            String id = DocketIds.ofChat(title, m.time(), m.sender(), m.text(), repeat.get(m.index()));
            ChatRef ref = new ChatRef(export.fileName(), title, m.index(), m.firstLine(), m.lastLine(), transcript.format().label(),
                    transcript.dateOrder().label(), request.zone().getId(), request.zoneSource(), request.customer().isEmpty()
                    ? "" : parties.customers().getFirst());
            return new Prepared(m, parsed, facts, id, ref);
        }).toList();
    }

    private Kind archive(ChatImport request, Prepared p, String previousId) {
        ChatExport export = request.export();
        Place place = new Place(SOURCE, request.account(), p.ref().title(), p.ref().file() + " lines " + p.ref().lines());
        List<String> moved;
        Kind kind;
        pipeline.commitLock.readLock().lock();
        try {
            synchronized (pipeline.decisionLock) {
                Decision d = decide(export, place, p, previousId);
                kind = d.kind();
                moved = d.relabelled();
            }
            if (kind != Kind.DUPLICATE) pipeline.indexLatest(p.id(), p.parsed());
            for (String id : moved) pipeline.reindexFromStore(id);
        } finally {
            pipeline.commitLock.readLock().unlock();
        }
        return kind;
    }

    private record Decision(Kind kind, List<String> relabelled) {}

    /** Runs under the decision lock, as the pipeline's own decisions do. */
    private Decision decide(ChatExport export, Place place, Prepared p, String previousId) {
        ArchiveStore store = pipeline.store;
        long now = System.currentTimeMillis();
        String sha = export.sha256().hex();
        String actor = "docket:" + SOURCE;
        String detail = "whatsapp export " + export.fileName() + (place.account().isEmpty() ? "" : " (account " + place.account() + ")")
                + " chat " + p.ref().title() + " lines " + p.ref().lines();
        MessageRecord.Variant variant = new MessageRecord.Variant(export.sha256(), export.bytes().length, now);
        try (ArchiveStore.Batch batch = store.batch()) {
            if (!store.hasOriginal(export.sha256())) {
                batch.put(Family.ORIGINALS, export.sha256().bytes(), export.bytes());
                batch.put(Family.ORIGINAL_OWNERS, export.sha256().bytes(), utf8(p.id()));
                pipeline.counters.originals++;
            }
            batch.put(Family.PLACES, utf8(place.key()), export.sha256().bytes());
            Optional<MessageRecord> existing = store.message(p.id());
            if (existing.isPresent()) {
                MessageRecord r = existing.get();
                boolean fromThisExport = r.variants().stream().anyMatch(v -> v.sha256().equals(export.sha256()));
                if (fromThisExport && r.places().contains(place)) {
                    batch.commit();
                    return new Decision(Kind.DUPLICATE, List.of());
                }
                MessageRecord updated = fromThisExport ? r.withPlace(place) : r.withVariant(variant).withPlace(place);
                batch.putMessage(updated);
                pipeline.counters.writeTo(batch);
                pipeline.custody.append(batch, actor, fromThisExport ? "seen" : "variant-archived", p.id(), sha, detail);
                batch.commit();
                return new Decision(fromThisExport ? Kind.SEEN_AGAIN : Kind.VARIANT, List.of());
            }
            ThreadTable.Assignment thread = pipeline.threads.join(p.id(), ThreadLinks.chatNodesOf(p.id(), previousId), batch);
            for (String movedId : thread.relabelled()) {
                store.message(movedId).ifPresent(r -> batch.putMessage(r.withThread(thread.threadId())));
                batch.put(Family.PENDING_INDEX, utf8(movedId), new byte[0]);
            }
            ParsedMessage parsed = p.parsed();
            MessageRecord record = new MessageRecord(p.id(), "", List.of(variant), List.of(place), thread.threadId(), List.of(),
                    parsed.subject(), parsed.from(), parsed.to(), parsed.cc(), parsed.date(), infos(parsed), parsed.language(),
                    parsed.warnings(), SOURCE, p.facts(), p.ref());
            batch.putMessage(record);
            batch.put(Family.PENDING_INDEX, utf8(p.id()), new byte[0]);
            pipeline.counters.messages++;
            pipeline.counters.attachments += parsed.attachments().size();
            if (!parsed.warnings().isEmpty()) pipeline.counters.warnings++;
            pipeline.counters.threads += (thread.newThread() ? 1 : 0) - thread.mergedThreads();
            pipeline.counters.writeTo(batch);
            pipeline.custody.append(batch, actor, "archived", p.id(), sha, detail);
            batch.commit();
            return new Decision(Kind.ARCHIVED, thread.relabelled());
        }
    }

    static List<MessageRecord.AttachmentInfo> infos(ParsedMessage parsed) {
        List<MessageRecord.AttachmentInfo> out = new ArrayList<>();
        for (Attachment a : parsed.attachments()) out.add(new MessageRecord.AttachmentInfo(a.index(), a.filename(), a.contentType(), a.size(), a.sha256()));
        return out;
    }
}
