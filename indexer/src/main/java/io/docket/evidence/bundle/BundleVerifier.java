package io.docket.evidence.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.evidence.CustodyEntry;
import io.docket.model.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a bundle on its own, without the archive: the signature of manifest.json, the SHA-256 of every
 * file it lists, that no file is missing or added, that the Bates numbers run 1..N without a gap in time
 * order, and that custody.json's entries are genuine log entries about these messages. Every problem
 * names the file it is about.
 */
public final class BundleVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleVerifier() {}

    /**
     * @param signer      the fingerprint of the key that signed the manifest ("" when the signature was not checked)
     * @param keyTrusted  whether that key was given by the caller, not just named by the bundle itself
     */
    public record Report(String bundleId, String request, int messages, int filesChecked, String signer, boolean keyTrusted,
                         List<String> problems) {
        public Report {
            problems = List.copyOf(problems);
        }

        public boolean verified() {
            return problems.isEmpty();
        }
    }

    private record Content(String sha256, long size, byte[] bytes) {}

    /** @param trustedKey the archive's public key (from `docket key`); empty trusts the key the manifest names */
    public static Report verify(Path bundle, Optional<PublicKey> trustedKey) {
        List<String> problems = new ArrayList<>();
        Map<String, Content> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(bundle.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            Map<String, Integer> seen = new HashMap<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) continue;
                if (seen.merge(entry.getName(), 1, Integer::sum) == 2) problems.add("added: " + entry.getName() + " (a second file of that name)");
                try (InputStream in = zip.getInputStream(entry)) {
                    entries.put(entry.getName(), read(entry.getName(), in));
                }
            }
        } catch (IOException e) {
            problems.add("not a readable zip file: " + bundle.getFileName() + " (" + e.getMessage() + ")");
            return new Report("", "", 0, 0, "", false, problems);
        }

        Content manifestFile = entries.get(Manifest.FILE);
        if (manifestFile == null) {
            problems.add("missing: " + Manifest.FILE + " (without it nothing else can be checked)");
            return new Report("", "", 0, 0, "", false, problems);
        }
        JsonNode manifest;
        try {
            manifest = JSON.readTree(manifestFile.bytes());
        } catch (IOException e) {
            problems.add("changed: " + Manifest.FILE + " is not valid JSON");
            return new Report("", "", 0, 0, "", false, problems);
        }
        if (!Manifest.KNOWN_FORMATS.contains(manifest.path("format").asText())) {
            problems.add("changed: " + Manifest.FILE + " has format \"" + manifest.path("format").asText() + "\", expected " + Manifest.FORMAT);
        }
        String signer = checkSignature(manifest, manifestFile, entries.get(Manifest.SIGNATURE_FILE), trustedKey, problems);
        int checked = checkFiles(manifest, entries, problems);
        checkMessages(manifest, problems);
        checkCustody(manifest, entries.get(EvidenceBundler.CUSTODY_FILE), problems);
        String request = manifest.path("request").path("kind").asText() + " " + manifest.path("request").path("value").asText();
        return new Report(manifest.path("id").asText(), request.strip(), manifest.path("messages").size(), checked, signer,
                trustedKey.isPresent(), problems);
    }

    private static String checkSignature(JsonNode manifest, Content manifestFile, Content signature, Optional<PublicKey> trusted,
                                         List<String> problems) {
        PublicKey named = null;
        try {
            named = ArchiveKey.parsePublicKey(manifest.path("signing").path("publicKey").asText());
        } catch (IllegalArgumentException e) {
            problems.add("changed: " + Manifest.FILE + " names no valid Ed25519 public key");
        }
        if (trusted.isPresent() && named != null && !ArchiveKey.fingerprint(named).equals(ArchiveKey.fingerprint(trusted.get()))) {
            problems.add("signature: " + Manifest.FILE + " names key " + ArchiveKey.fingerprint(named) + ", not the archive key given ("
                    + ArchiveKey.fingerprint(trusted.get()) + ")");
        }
        PublicKey key = trusted.orElse(named);
        if (signature == null) {
            problems.add("missing: " + Manifest.SIGNATURE_FILE);
            return "";
        }
        if (key == null) return "";
        if (!ArchiveKey.verify(key, manifestFile.bytes(), signature.bytes())) {
            problems.add("signature: " + Manifest.SIGNATURE_FILE + " is not a valid signature of " + Manifest.FILE + " by key "
                    + ArchiveKey.fingerprint(key) + ": one of the two was changed");
        }
        return ArchiveKey.fingerprint(key);
    }

    /** Every listed file present with its hash; nothing else in the zip but the manifest and its signature. */
    private static int checkFiles(JsonNode manifest, Map<String, Content> entries, List<String> problems) {
        Map<String, String> listed = new LinkedHashMap<>();
        for (JsonNode file : manifest.path("files")) listed.put(file.path("name").asText(), file.path("sha256").asText());
        int checked = 0;
        for (Map.Entry<String, String> file : listed.entrySet()) {
            Content content = entries.get(file.getKey());
            if (content == null) {
                problems.add("missing: " + file.getKey());
                continue;
            }
            checked++;
            if (!content.sha256().equals(file.getValue())) {
                problems.add("changed: " + file.getKey() + " (its SHA-256 is " + content.sha256() + "; the manifest says " + file.getValue() + ")");
            }
        }
        Set<String> own = Set.of(Manifest.FILE, Manifest.SIGNATURE_FILE);
        for (String name : entries.keySet()) {
            if (!listed.containsKey(name) && !own.contains(name)) problems.add("added: " + name + " (not in the manifest)");
        }
        int expected = manifest.path("counts").path("files").asInt(-1);
        if (expected != listed.size()) problems.add("changed: " + Manifest.FILE + " counts " + expected + " files but lists " + listed.size());
        return checked;
    }

    /** Bates numbers 1..N with one prefix, in time order, each message's files listed with the same hashes. */
    private static void checkMessages(JsonNode manifest, List<String> problems) {
        Map<String, String> listed = new HashMap<>();
        for (JsonNode file : manifest.path("files")) listed.put(file.path("name").asText(), file.path("sha256").asText());
        String prefix = null;
        Instant previous = null;
        String previousBates = "";
        boolean undatedSeen = false;
        int expectedSeq = 1;
        for (JsonNode m : manifest.path("messages")) {
            String bates = m.path("bates").asText();
            int seq = m.path("seq").asInt();
            if (seq != expectedSeq) problems.add("sequence: " + bates + " has number " + seq + " where " + expectedSeq + " was expected");
            expectedSeq = seq + 1;
            int dash = bates.lastIndexOf('-');
            String thisPrefix = dash < 0 ? "" : bates.substring(0, dash);
            if (prefix == null) prefix = thisPrefix;
            if (!bates.matches("[A-Z0-9]{1,10}-\\d{6,}") || !thisPrefix.equals(prefix) || Integer.parseInt(bates.substring(dash + 1)) != seq) {
                problems.add("sequence: message " + seq + " is named \"" + bates + "\", expected " + prefix + "-" + String.format("%06d", seq));
            }
            String file = m.path("file").asText();
            // A chat message points at the export it was read from, which its first message's Bates number names.
            boolean chat = !m.path("source").asText("email").equals("email");
            if (!chat && !file.equals(bates + ".eml")) problems.add("sequence: " + bates + " points at " + file + ", expected " + bates + ".eml");
            if (chat && (!file.startsWith(prefix + "-") || m.path("lines").asText().isEmpty())) {
                problems.add("sequence: chat message " + bates + " points at " + file + " without its lines");
            }
            sameHash(file, m.path("sha256").asText(), listed, problems);
            for (JsonNode a : m.path("attachments")) {
                if (!a.path("file").asText().isEmpty()) sameHash(a.path("file").asText(), a.path("sha256").asText(), listed, problems);
            }
            for (JsonNode v : m.path("variants")) sameHash(v.path("file").asText(), v.path("sha256").asText(), listed, problems);

            String dateUtc = m.path("dateUtc").asText();
            if (dateUtc.isEmpty()) {
                undatedSeen = true;
                continue;
            }
            Instant date;
            try {
                date = Instant.parse(dateUtc);
            } catch (DateTimeParseException e) {
                problems.add("changed: " + Manifest.FILE + " gives " + bates + " the date \"" + dateUtc + "\"");
                continue;
            }
            if (undatedSeen || (previous != null && date.isBefore(previous))) {
                problems.add("sequence: " + bates + " (" + dateUtc + ") comes after " + previousBates + " but is earlier: not in time order");
            }
            previous = date;
            previousBates = bates;
        }
        int expected = manifest.path("counts").path("messages").asInt(-1);
        if (expected != manifest.path("messages").size()) {
            problems.add("changed: " + Manifest.FILE + " counts " + expected + " messages but lists " + manifest.path("messages").size());
        }
    }

    private static void sameHash(String file, String sha256, Map<String, String> listed, List<String> problems) {
        String inFiles = listed.get(file);
        if (inFiles == null) problems.add("missing: " + file + " is named by a message but not listed in the manifest's files");
        else if (!inFiles.equals(sha256)) problems.add("changed: " + Manifest.FILE + " gives " + file + " two different SHA-256s");
    }

    /** Each entry must hash to its own hash (a genuine log entry, unedited) and be about a message of the bundle. */
    private static void checkCustody(JsonNode manifest, Content custody, List<String> problems) {
        if (custody == null) return; // already reported as missing if the manifest lists it
        Set<String> ids = new java.util.HashSet<>();
        for (JsonNode m : manifest.path("messages")) ids.add(m.path("id").asText());
        JsonNode entries;
        try {
            entries = JSON.readTree(custody.bytes()).path("entries");
        } catch (IOException e) {
            problems.add("changed: " + EvidenceBundler.CUSTODY_FILE + " is not valid JSON");
            return;
        }
        for (JsonNode e : entries) {
            CustodyEntry entry;
            try {
                entry = JSON.treeToValue(e, CustodyEntry.class);
            } catch (IOException | IllegalArgumentException ex) {
                problems.add("changed: " + EvidenceBundler.CUSTODY_FILE + " holds an entry that is not a custody entry");
                continue;
            }
            if (!entry.computeHash().equals(entry.hash())) {
                problems.add("changed: " + EvidenceBundler.CUSTODY_FILE + " entry " + entry.sequence() + " does not match its own hash");
            }
            if (!ids.contains(entry.messageId())) {
                problems.add("changed: " + EvidenceBundler.CUSTODY_FILE + " entry " + entry.sequence() + " is about message "
                        + entry.messageId() + ", which is not in this bundle");
            }
        }
    }

    /** Hashes as it reads; keeps the bytes only of the small files that are parsed. */
    private static Content read(String name, InputStream in) throws IOException {
        boolean keep = name.equals(Manifest.FILE) || name.equals(Manifest.SIGNATURE_FILE) || name.equals(EvidenceBundler.CUSTODY_FILE);
        MessageDigest digest = Sha256.digest();
        java.io.ByteArrayOutputStream kept = keep ? new java.io.ByteArrayOutputStream() : null;
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, n);
            if (kept != null) kept.write(buffer, 0, n);
            size += n;
        }
        return new Content(HexFormat.of().formatHex(digest.digest()), size, kept == null ? null : kept.toByteArray());
    }
}
