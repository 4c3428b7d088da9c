package io.docket.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditLog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessCliTest {
    @TempDir
    Path data;

    @Test
    void usersAndTokensAreManagedFromTheCommandLineAndEachChangeIsAudited() throws Exception {
        Path password = data.resolve("pw.txt");
        Files.writeString(password, "a long enough password\n");
        String dataDir = data.resolve("archive").toString();

        CliRun add = CliRun.docket("user", "add", "lena", "--role", "legal", "--password-file", password.toString(), "--data", dataDir);
        assertEquals(0, add.exit(), add.err());
        CliRun rep = CliRun.docket("user", "add", "ana", "--role", "rep", "--customer", "iberia-importaciones,muller-gmbh",
                "--password-file", password.toString(), "--data", dataDir);
        assertEquals(0, rep.exit(), rep.err());
        CliRun repWithoutCustomers = CliRun.docket("user", "add", "bob", "--role", "rep", "--password-file", password.toString(), "--data", dataDir);
        assertTrue(repWithoutCustomers.exit() != 0);
        assertTrue(repWithoutCustomers.err().contains("customer"), repWithoutCustomers.err());

        CliRun list = CliRun.docket("user", "list", "--data", dataDir);
        assertTrue(list.out().contains("lena") && list.out().contains("legal"), list.out());
        assertTrue(list.out().contains("iberia-importaciones,muller-gmbh"), list.out());
        assertFalse(list.out().contains("argon2"));

        CliRun token = CliRun.docket("token", "create", "--name", "erp", "--role", "legal", "--data", dataDir);
        assertEquals(0, token.exit(), token.err());
        String secret = token.out().strip();
        assertTrue(secret.matches("dkt_[A-Za-z0-9_-]{43}"), "stdout holds only the token: " + token.out());
        AccessDirectory directory = new AccessDirectory(data.resolve("archive"));
        assertTrue(directory.bearer(secret).isPresent());
        assertEquals(0, CliRun.docket("token", "revoke", "erp", "--data", dataDir).exit());
        assertTrue(directory.bearer(secret).isEmpty());
        assertEquals(1, CliRun.docket("token", "revoke", "erp", "--data", dataDir).exit());

        assertEquals(0, CliRun.docket("user", "remove", "ana", "--data", dataDir).exit());
        assertTrue(directory.user("ana").isEmpty());

        CliRun audit = CliRun.docket("audit", "--data", dataDir);
        assertEquals(0, audit.exit(), audit.out() + audit.err());
        for (String action : new String[] {"user-add", "token-create", "token-revoke", "user-remove"}) {
            assertTrue(audit.out().contains(action), action + " in " + audit.out());
        }
        assertTrue(audit.out().contains("chain intact: 5 entries"), audit.out());
        assertTrue(new AuditLog(data.resolve("archive")).verify().intact());

        CliRun verify = CliRun.docket("verify", "--data", dataDir);
        assertEquals(0, verify.exit(), verify.out());
        assertTrue(verify.out().contains("5 audit entries"), verify.out());
        Path log = data.resolve("archive/audit/audit.jsonl");
        Files.writeString(log, Files.readString(log).replace("user-remove", "user-rename"));
        CliRun tampered = CliRun.docket("verify", "--data", dataDir);
        assertEquals(1, tampered.exit());
        assertTrue(tampered.out().contains("ALTERED: audit log: audit.jsonl: entry 5 was changed"), tampered.out());
        assertEquals(1, CliRun.docket("audit", "--data", dataDir).exit());
    }
}
