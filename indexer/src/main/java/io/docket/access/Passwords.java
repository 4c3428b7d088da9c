package io.docket.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Password hashing with Argon2id at OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), stored as
 * a PHC string so the parameters travel with the hash and can be raised later.
 */
final class Passwords {
    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 1_024;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    /** Checked when the user does not exist, so a failed login takes as long whether or not the name is real. */
    private static final String DECOY = hash("decoy password for unknown users");

    private Passwords() {}

    static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    static boolean matches(String password, String storedHash) {
        if (password == null || password.length() > MAX_LENGTH) return false;
        if (storedHash == null || storedHash.isEmpty()) {
            Password.check(password, DECOY).with(ARGON2ID);
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    static void checkAcceptable(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("password must have at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) throw new IllegalArgumentException("password must have at most " + MAX_LENGTH + " characters");
    }
}
