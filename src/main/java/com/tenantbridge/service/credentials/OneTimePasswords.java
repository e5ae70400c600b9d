package com.tenantbridge.service.credentials;

import java.security.SecureRandom;

/**
 * One-time passwords for new service accounts: 16 characters with upper and lower case, digits and symbols,
 * well past Microsoft Entra's complexity rule, without look-alike characters that are hard to hand over.
 */
public final class OneTimePasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "!#$%&*+-=?@";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;
    public static final int LENGTH = 16;

    private final SecureRandom random;

    public OneTimePasswords() {
        this(new SecureRandom());
    }

    OneTimePasswords(SecureRandom random) {
        this.random = random;
    }

    public String next() {
        char[] out = new char[LENGTH];
        out[0] = pick(UPPER);
        out[1] = pick(LOWER);
        out[2] = pick(DIGITS);
        out[3] = pick(SYMBOLS);
        for (int i = 4; i < LENGTH; i++) {
            out[i] = pick(ALL);
        }
        for (int i = LENGTH - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char t = out[i];
            out[i] = out[j];
            out[j] = t;
        }
        // A spreadsheet would read a leading = + - @ as a formula: start with a letter.
        if (!Character.isLetter(out[0])) {
            for (int i = 1; i < LENGTH; i++) {
                if (Character.isLetter(out[i])) {
                    char t = out[0];
                    out[0] = out[i];
                    out[i] = t;
                    break;
                }
            }
        }
        return new String(out);
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
