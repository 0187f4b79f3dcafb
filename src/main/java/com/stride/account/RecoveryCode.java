package com.stride.account;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Recovery codes: ten letters and digits in two groups ("k7q2m-x9vfp"), from an alphabet without
 * look-alikes. Told apart from an app's code by having letters; stored only as a SHA-256 hash.
 */
final class RecoveryCode {

    static final int LENGTH = 10;

    private RecoveryCode() {
    }

    static String generate(SecureRandom random, String alphabet) {
        String code;
        do {
            code = draw(random, alphabet);
        } while (!looksLikeOne(code));
        return code;
    }

    private static String draw(SecureRandom random, String alphabet) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i == LENGTH / 2) {
                code.append('-');
            }
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    static boolean looksLikeOne(String typed) {
        String code = normalize(typed);
        return code.length() == LENGTH && code.matches("[a-z0-9]+") && !code.matches("\\d+");
    }
}
