package io.docket.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.docket.model.Sha256;
import io.docket.store.StoreCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Users and API tokens, kept in one small JSON file beside the archive ({@code DATA/access/users.json}),
 * so {@code docket user} and {@code docket token} work while a server runs on the same archive: every
 * change is made under a file lock and moved into place whole, and readers reload when the file changes.
 * Passwords are stored as Argon2id hashes, tokens as SHA-256 hashes (a token is 256 random bits, so a
 * fast hash is enough and lookups stay cheap); neither can be read back.
 */
public final class AccessDirectory {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final String TOKEN_PREFIX = "dkt_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = StoreCodec.newMapper();

    /** A person who signs in to the web UI. */
    public record User(String name, Role role, Set<String> customers, String passwordHash, String created) {
        public User {
            customers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(customers == null ? Set.of() : customers));
        }

        Principal principal() {
            return new Principal(name, Principal.Kind.USER, role, customers);
        }
    }

    /** A machine client's credential. */
    public record Token(String name, Role role, Set<String> customers, String tokenHash, String created) {
        public Token {
            customers = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(customers == null ? Set.of() : customers));
        }

        Principal principal() {
            return new Principal(name, Principal.Kind.TOKEN, role, customers);
        }
    }

    /** The file's content. */
    record Accounts(List<User> users, List<Token> tokens) {
        Accounts {
            users = List.copyOf(users == null ? List.of() : users);
            tokens = List.copyOf(tokens == null ? List.of() : tokens);
        }
    }

    private final Path file;
    private final Path lockFile;
    private volatile Loaded loaded = new Loaded(new Accounts(List.of(), List.of()), null);

    /** {@code version}: the file's inode, time and size; every change replaces the file, so the inode alone would do on Linux. */
    private record Loaded(Accounts accounts, Object version) {}

    public AccessDirectory(Path dataDir) {
        Path dir = dataDir.resolve("access");
        this.file = dir.resolve("users.json");
        this.lockFile = dir.resolve("users.lock");
    }

    public List<User> users() {
        return current().users().stream().sorted(Comparator.comparing(User::name)).toList();
    }

    public List<Token> tokens() {
        return current().tokens().stream().sorted(Comparator.comparing(Token::name)).toList();
    }

    public Optional<User> user(String name) {
        return current().users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    public boolean isEmpty() {
        Accounts a = current();
        return a.users().isEmpty() && a.tokens().isEmpty();
    }

    /** Adds a user; the name must be new. */
    public User addUser(String name, Role role, Set<String> customers, String password) {
        checkName(name, "user");
        checkCustomers(role, customers);
        Passwords.checkAcceptable(password);
        User user = new User(name, role, customers, Passwords.hash(password), Instant.now().toString());
        change(a -> {
            if (a.users().stream().anyMatch(u -> u.name().equals(name))) {
                throw new IllegalArgumentException("user \"" + name + "\" already exists");
            }
            List<User> users = new ArrayList<>(a.users());
            users.add(user);
            return new Accounts(users, a.tokens());
        });
        return user;
    }

    /** Replaces a user's password. */
    public void setPassword(String name, String password) {
        Passwords.checkAcceptable(password);
        String hash = Passwords.hash(password);
        change(a -> new Accounts(a.users().stream().map(u -> u.name().equals(name)
                ? new User(u.name(), u.role(), u.customers(), hash, u.created()) : u).toList(), a.tokens()));
    }

    /** Removes a user; true when there was one. Their sessions end at their next request. */
    public boolean removeUser(String name) {
        boolean[] removed = {false};
        change(a -> {
            List<User> users = a.users().stream().filter(u -> !u.name().equals(name)).toList();
            removed[0] = users.size() != a.users().size();
            return new Accounts(users, a.tokens());
        });
        return removed[0];
    }

    /** Creates a token and returns its secret, the only time it is ever visible. */
    public String createToken(String name, Role role, Set<String> customers) {
        checkName(name, "token");
        checkCustomers(role, customers);
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Token stored = new Token(name, role, customers, hashToken(token), Instant.now().toString());
        change(a -> {
            if (a.tokens().stream().anyMatch(t -> t.name().equals(name))) {
                throw new IllegalArgumentException("token \"" + name + "\" already exists; revoke it first");
            }
            List<Token> tokens = new ArrayList<>(a.tokens());
            tokens.add(stored);
            return new Accounts(a.users(), tokens);
        });
        return token;
    }

    /** Revokes a token; true when there was one. It stops working at once. */
    public boolean revokeToken(String name) {
        boolean[] removed = {false};
        change(a -> {
            List<Token> tokens = a.tokens().stream().filter(t -> !t.name().equals(name)).toList();
            removed[0] = tokens.size() != a.tokens().size();
            return new Accounts(a.users(), tokens);
        });
        return removed[0];
    }

    /** The user a name and password identify; takes the same time whether or not the user exists. */
    public Optional<Principal> signIn(String name, String password) {
        Optional<User> user = name == null ? Optional.empty() : user(name);
        boolean ok = Passwords.matches(password, user.map(User::passwordHash).orElse(""));
        return ok ? user.map(User::principal) : Optional.empty();
    }

    /** The principal a bearer token identifies, or empty for an unknown or revoked token. */
    public Optional<Principal> bearer(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) return Optional.empty();
        String hash = hashToken(token);
        return current().tokens().stream().filter(t -> t.tokenHash().equals(hash)).findFirst().map(Token::principal);
    }

    /** The current rights of a signed-in user (a session re-reads them, so removal or a new role applies at once). */
    public Optional<Principal> signedIn(String name) {
        return user(name).map(User::principal);
    }

    private static String hashToken(String token) {
        return Sha256.of(token.getBytes(StandardCharsets.UTF_8)).hex();
    }

    private static void checkName(String name, String what) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " name must be 1-64 letters, digits or . _ @ - (starting with a letter or digit), got \""
                    + name + "\"");
        }
    }

    private static void checkCustomers(Role role, Set<String> customers) {
        if (role == Role.REP && (customers == null || customers.isEmpty())) {
            throw new IllegalArgumentException("a rep sees only assigned customers: give at least one customer id");
        }
        if (role != Role.REP && customers != null && !customers.isEmpty()) {
            throw new IllegalArgumentException("only reps are limited to customers; " + role.id() + " sees everything");
        }
        if (customers != null) {
            for (String c : customers) {
                if (c == null || c.isBlank() || c.length() > 200) throw new IllegalArgumentException("bad customer id \"" + c + "\"");
            }
        }
    }

    /** The accounts as the file holds them now, re-read only when the file changed. */
    private Accounts current() {
        try {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (java.nio.file.NoSuchFileException none) {
                return new Accounts(List.of(), List.of());
            }
            List<Object> version = java.util.Arrays.asList(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
            Loaded l = loaded;
            if (version.equals(l.version())) return l.accounts();
            Accounts accounts = JSON.readValue(Files.readAllBytes(file), Accounts.class);
            loaded = new Loaded(accounts, version);
            return accounts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read users and tokens from " + file + ": " + e.getMessage(), e);
        }
    }

    private synchronized void change(UnaryOperator<Accounts> edit) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lock.lock()) {
                loaded = new Loaded(loaded.accounts(), null);
                Accounts next = edit.apply(current());
                Path temp = file.resolveSibling("users.json.part");
                Files.write(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(next));
                ownerOnly(temp);
                try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    out.force(true);
                }
                try {
                    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write users and tokens to " + file + ": " + e.getMessage(), e);
        }
    }

    private static void ownerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's own permissions protect the file
        }
    }
}
