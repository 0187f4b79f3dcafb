package com.stride.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the second-factor secrets before they reach the database (AES-256-GCM, a fresh nonce
 * each time, the account id as associated data so that a secret cannot be moved to another
 * account). The key comes from {@code STRIDE_TOTP_KEY} (32 bytes, base64); production requires
 * it. Without it, development uses a fixed key that protects nothing.
 */
@Component
class SecretBox {

    private static final Logger log = LoggerFactory.getLogger(SecretBox.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    static final String REQUIRED_MESSAGE = "STRIDE_TOTP_KEY (stride.security.totp-key) must be set in production: " // literal: startup error
            + "32 random bytes in base64, e.g. from: openssl rand -base64 32"; // literal: startup error

    private final SecretKey key;
    private final SecretKey macKey;
    private final SecureRandom random = new SecureRandom();

    SecretBox(@Value("${stride.security.totp-key:}") String base64Key,
              @Value("${stride.security.totp-key-required:false}") boolean required) {
        if (base64Key.isBlank()) {
            if (required) {
                throw new IllegalStateException(REQUIRED_MESSAGE);
            }
            log.warn("No stride.security.totp-key: two-step secrets use the development key");
            this.key = new SecretKeySpec(sha256("stride development key, not a secret"), "AES"); // literal: key material
        } else {
            byte[] bytes = Base64.getDecoder().decode(base64Key.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("stride.security.totp-key must be 32 bytes in base64, not "
                        + bytes.length);
            }
            this.key = new SecretKeySpec(bytes, "AES");
        }
        // a key of its own for hashing recovery codes, from the same secret
        this.macKey = new SecretKeySpec(hmac(new SecretKeySpec(key.getEncoded(), "HmacSHA256"), // literal: algorithm name
                "stride recovery codes"), "HmacSHA256"); // literal: key derivation label and algorithm
    }

    /**
     * A keyed hash (HMAC-SHA256, hex) of a recovery code: a copy of the database alone does not
     * let anyone try every code offline.
     */
    String mac(String text) {
        return HexFormat.of().formatHex(hmac(macKey, text));
    }

    private static byte[] hmac(SecretKey with, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); // literal: algorithm name
            mac.init(with);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] seal(long accountId, byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, accountId, nonce, plain);
        return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    }

    byte[] open(long accountId, byte[] box) {
        ByteBuffer buffer = ByteBuffer.wrap(box);
        byte[] nonce = new byte[NONCE_BYTES];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        return cipher(Cipher.DECRYPT_MODE, accountId, nonce, sealed);
    }

    private byte[] cipher(int mode, long accountId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(accountId).array());
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A two-step secret could not be " + (mode == Cipher.ENCRYPT_MODE
                    ? "encrypted" : "decrypted (was STRIDE_TOTP_KEY changed?)"), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
