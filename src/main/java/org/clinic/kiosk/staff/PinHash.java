package org.clinic.kiosk.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns a staff PIN into a salted PBKDF2-HMAC-SHA256 hash and checks a PIN against one, with the
 * JDK's own crypto. The stored text carries its iteration count and salt:
 * {@code pbkdf2-sha256:600000:<salt, base64>:<hash, base64>}.
 */
final class PinHash {

    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final String SCHEME = "pbkdf2-sha256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about half a second per try on a small PC. */
    static final int ITERATIONS = 600_000;
    /** The fewest iterations a stored hash may claim: a file edited down to 1 is refused. */
    static final int MIN_ITERATIONS = 1_000;

    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHash() {}

    static String create(char[] pin) {
        return create(pin, ITERATIONS);
    }

    static String create(char[] pin, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder();
        return SCHEME + ":" + iterations + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(derive(pin, salt, iterations));
    }

    /**
     * Whether the PIN gives the stored hash. Compares in constant time.
     *
     * @throws IllegalArgumentException if the stored text is not a hash this class wrote
     */
    static boolean matches(char[] pin, String stored) {
        String[] parts = stored.strip().split(":");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            throw new IllegalArgumentException("not a " + SCHEME + " hash");
        }
        int iterations;
        byte[] salt;
        byte[] expected;
        try {
            iterations = Integer.parseInt(parts[1]);
            salt = Base64.getDecoder().decode(parts[2]);
            expected = Base64.getDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("damaged " + SCHEME + " hash", e);
        }
        if (iterations < MIN_ITERATIONS || salt.length < 8 || expected.length != KEY_BITS / 8) {
            throw new IllegalArgumentException("weak or damaged " + SCHEME + " hash");
        }
        return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Overwrites a PIN that is no longer needed. */
    static void wipe(char[] pin) {
        Arrays.fill(pin, '\0');
    }
}
