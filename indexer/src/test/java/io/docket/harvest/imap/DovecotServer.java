package io.docket.harvest.imap;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.angus.mail.imap.protocol.BASE64MailboxEncoder;

/**
 * A real Dovecot 2.3 (Debian's dovecot-imapd) started as a child process with a private configuration
 * in a temporary directory: loopback only, plain login allowed without TLS, one passwd-file user,
 * Maildir++ storage, logging to a file instead of syslog. Test and benchmark tooling, not product code.
 */
final class DovecotServer implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/dovecot");
    /** Dovecot refuses to serve mail as uid 0; when the tests run as root, mail is owned by "nobody". */
    private static final int NOBODY = 65534;

    final Path dir;
    final Path maildir;
    final String user;
    final String password;
    private int port;
    private Process process;

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    DovecotServer(Path dir, String user, String password) throws IOException {
        this.dir = dir;
        this.user = user;
        this.password = password;
        this.maildir = dir.resolve("mail").resolve(user);
        Files.createDirectories(maildir);
    }

    int port() {
        return port;
    }

    /** Puts messages straight into the Maildir (before start), as if delivered earlier; "INBOX" is the root. */
    void preload(String folder, List<byte[]> messages) throws IOException {
        Path box = folder.equals("INBOX") ? maildir : maildir.resolve("." + BASE64MailboxEncoder.encode(folder));
        for (String sub : List.of("cur", "new", "tmp")) Files.createDirectories(box.resolve(sub));
        if (!folder.equals("INBOX")) Files.writeString(box.resolve("maildirfolder"), "");
        int i = 0;
        for (byte[] m : messages) {
            // Maildir file names: unique part, then S=<size> and the ":2," info with no flags (so not \Seen).
            Files.write(box.resolve("cur").resolve(String.format("1700000000.M%dP1.docket,S=%d:2,", i++, m.length)), m);
        }
    }

    DovecotServer start() throws IOException, InterruptedException {
        port = freePort();
        boolean root = "root".equals(System.getProperty("user.name"));
        String uid = root ? Integer.toString(NOBODY) : unixId("-u");
        String gid = root ? Integer.toString(NOBODY) : unixId("-g");
        Files.createDirectories(dir.resolve("home").resolve(user));
        Files.writeString(dir.resolve("passwd"), user + ":{PLAIN}" + password + "\n");
        Files.writeString(dir.resolve("dovecot.conf"), config(uid, gid));
        if (root) {
            // Dovecot's auth and mail processes run unprivileged: they must be able to reach these files.
            for (Path p = dir; p != null && p.startsWith(System.getProperty("java.io.tmpdir")) && p.getNameCount() > 1; p = p.getParent()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            chown(dir.resolve("mail"));
            chown(dir.resolve("home"));
        }
        process = new ProcessBuilder(BINARY.toString(), "-F", "-c", dir.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dovecot.out").toFile()).start();
        for (int i = 0; i < 100; i++) { // at most ~10 s
            if (greets()) return this;
            if (!process.isAlive()) break;
            Thread.sleep(100);
        }
        String log = Files.exists(dir.resolve("dovecot.out")) ? Files.readString(dir.resolve("dovecot.out")) : "";
        close();
        throw new IOException("dovecot did not start on 127.0.0.1:" + port + ": " + log);
    }

    private String config(String uid, String gid) {
        return """
                # Private Dovecot 2.3 instance for Docket's tests: nothing here touches the system service.
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                protocols = imap
                listen = 127.0.0.1
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                mail_location = maildir:%1$s/mail/%%u
                first_valid_uid = 1
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/passwd
                }
                userdb {
                  driver = static
                  args = uid=%2$s gid=%3$s home=%1$s/home/%%u
                }
                service imap-login {
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %4$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                """.formatted(dir, uid, gid, port);
    }

    private boolean greets() {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(2000);
            InputStream in = s.getInputStream();
            byte[] buf = new byte[4];
            return in.readNBytes(buf, 0, 4) == 4 && new String(buf, StandardCharsets.US_ASCII).equals("* OK");
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String unixId(String flag) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("id", flag).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
        p.waitFor(5, TimeUnit.SECONDS);
        return out;
    }

    private static void chown(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Files.setAttribute(p, "unix:uid", NOBODY);
                Files.setAttribute(p, "unix:gid", NOBODY);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process == null) return;
        process.destroy(); // SIGTERM: dovecot's master stops its children
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        process = null;
    }
}
