package io.docket.cli;

import io.docket.access.AccessDirectory;
import io.docket.access.AuditEvent;
import io.docket.access.AuditLog;
import io.docket.access.Role;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The demo's sign-ins, fresh on every run: an admin who sees everything, a rep who sees only Müller
 * GmbH (to show scoping), and an API token for curl. Passwords are random and printed once.
 */
record DemoUsers(String adminPassword, String repPassword, String token) {
    static final String ADMIN = "demo";
    static final String REP = "rep-mueller";
    static final String REP_CUSTOMER = "muller-gmbh";
    private static final String TOKEN = "demo-curl";

    static DemoUsers create(Path dataDir) {
        AccessDirectory directory = new AccessDirectory(dataDir);
        AuditLog audit = new AuditLog(dataDir);
        String adminPassword = randomPassword();
        String repPassword = randomPassword();
        directory.removeUser(ADMIN);
        directory.removeUser(REP);
        directory.revokeToken(TOKEN);
        directory.addUser(ADMIN, Role.ADMIN, Set.of(), adminPassword);
        directory.addUser(REP, Role.REP, Set.of(REP_CUSTOMER), repPassword);
        String token = directory.createToken(TOKEN, Role.LEGAL, Set.of());
        audit.recordDurably(AuditEvent.cli("demo-users", ADMIN + ", " + REP + ", token " + TOKEN));
        return new DemoUsers(adminPassword, repPassword, token);
    }

    void print(String url) {
        System.out.println("Sign in at " + url + " as");
        System.out.println("  " + ADMIN + " / " + adminPassword + "          (admin: everything, including the audit log)");
        System.out.println("  " + REP + " / " + repPassword + "   (rep: only " + REP_CUSTOMER + "'s mail)");
        System.out.println("API token (legal role): " + token);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
