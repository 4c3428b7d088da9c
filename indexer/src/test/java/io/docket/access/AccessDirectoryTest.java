package io.docket.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessDirectoryTest {
    @TempDir
    Path data;

    @Test
    void passwordsAreStoredAsArgon2idAndOnlyTheRightOneSignsIn() throws Exception {
        AccessDirectory directory = new AccessDirectory(data);
        directory.addUser("lena", Role.LEGAL, Set.of(), "correct horse battery");
        String file = Files.readString(data.resolve("access/users.json"));
        assertFalse(file.contains("correct horse battery"));
        assertTrue(file.contains("$argon2id$v=19$m=19456,t=2,p=1$"), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("access/users.json"))));

        Principal lena = directory.signIn("lena", "correct horse battery").orElseThrow();
        assertEquals(Role.LEGAL, lena.role());
        assertEquals(Principal.Kind.USER, lena.kind());
        assertTrue(lena.scope().all());
        assertTrue(directory.signIn("lena", "Correct horse battery").isEmpty());
        assertTrue(directory.signIn("nobody", "correct horse battery").isEmpty());
        assertTrue(directory.signIn("lena", null).isEmpty());
    }

    @Test
    void tokensAreShownOnceKeptAsHashesAndStopWhenRevoked() throws Exception {
        AccessDirectory directory = new AccessDirectory(data);
        String token = directory.createToken("erp", Role.REP, Set.of("muller-gmbh"));
        assertTrue(token.matches("dkt_[A-Za-z0-9_-]{43}"), token);
        assertFalse(Files.readString(data.resolve("access/users.json")).contains(token));
        Principal erp = directory.bearer(token).orElseThrow();
        assertEquals("token:erp", erp.auditName());
        assertEquals(Set.of("muller-gmbh"), erp.scope().customers());
        assertFalse(erp.scope().all());
        assertTrue(directory.bearer(token + "x").isEmpty());
        assertTrue(directory.revokeToken("erp"));
        assertTrue(directory.bearer(token).isEmpty());
        assertFalse(directory.revokeToken("erp"));
    }

    @Test
    void anotherProcessesChangesAreSeenAtOnce() {
        AccessDirectory server = new AccessDirectory(data);
        AccessDirectory commandLine = new AccessDirectory(data);
        assertTrue(server.isEmpty());
        String token = commandLine.createToken("late", Role.ADMIN, Set.of());
        assertTrue(server.bearer(token).isPresent(), "the server sees a token the command line created");
        commandLine.revokeToken("late");
        assertTrue(server.bearer(token).isEmpty(), "and stops honouring it once revoked");
    }

    @Test
    void badInputIsRefusedWithAReason() {
        AccessDirectory directory = new AccessDirectory(data);
        assertThrows(IllegalArgumentException.class, () -> directory.addUser("ok", Role.LEGAL, Set.of(), "short"));
        IllegalArgumentException rep = assertThrows(IllegalArgumentException.class,
                () -> directory.addUser("rep", Role.REP, Set.of(), "long enough password"));
        assertTrue(rep.getMessage().contains("customer"));
        assertThrows(IllegalArgumentException.class, () -> directory.addUser("legal", Role.LEGAL, Set.of("x"), "long enough password"));
        assertThrows(IllegalArgumentException.class, () -> directory.addUser("bad name", Role.ADMIN, Set.of(), "long enough password"));
        assertThrows(IllegalArgumentException.class, () -> directory.addUser("../etc", Role.ADMIN, Set.of(), "long enough password"));
        directory.addUser("dup", Role.ADMIN, Set.of(), "long enough password");
        assertThrows(IllegalArgumentException.class, () -> directory.addUser("dup", Role.ADMIN, Set.of(), "long enough password"));
        assertThrows(IllegalArgumentException.class, () -> Role.parse("root"));
        assertEquals(Role.REP, Role.parse(" Rep "));
    }

    @Test
    void removingAUserOrChangingAPasswordTakesEffectForTheNextSignIn() {
        AccessDirectory directory = new AccessDirectory(data);
        directory.addUser("ana", Role.REP, Set.of("iberia-importaciones"), "first password!");
        directory.setPassword("ana", "second password!");
        assertTrue(directory.signIn("ana", "first password!").isEmpty());
        assertTrue(directory.signIn("ana", "second password!").isPresent());
        assertTrue(directory.removeUser("ana"));
        assertTrue(directory.signedIn("ana").isEmpty());
        assertTrue(directory.signIn("ana", "second password!").isEmpty());
    }
}
