package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code algorithm against RFC 6238's own test vectors (appendix B), and what Stride builds on it. */
class TotpTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890"
            + "123456789012345678901234").getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({
            "59,          94287082, 46119246, 90693936",
            "1111111109,  07081804, 68084774, 25091201",
            "1111111111,  14050471, 67062674, 99943326",
            "1234567890,  89005924, 91819424, 93441116",
            "2000000000,  69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void matchesTheRfc6238TestVectors(long unixTime, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(unixTime));

        assertThat(Totp.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void theAppsSixDigitCodeIsTheLastSixOfTheEightDigitOne() {
        // RFC 4226 appendix D, counter 0 and 1: 755224, 287082
        assertThat(Totp.code(SHA1_KEY, 0)).isEqualTo("755224");
        assertThat(Totp.code(SHA1_KEY, 1)).isEqualTo("287082");
    }

    @Test
    void acceptsTheStepBeforeAndAfterNowAndNothingFurther() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step), now)).hasValue(step);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 1), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 1), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step - 2), now)).isEmpty();
        assertThat(Totp.matchingStep(SHA1_KEY, Totp.code(SHA1_KEY, step + 2), now)).isEmpty();
        String spaced = Totp.code(SHA1_KEY, step).replaceAll("(\\d{3})(\\d{3})", "$1 $2");
        assertThat(Totp.matchingStep(SHA1_KEY, spaced, now)).as("typed with a space").hasValue(step);
        for (String wrong : new String[] {"", "12345", "1234567", "abcdef", "<b>1</b>", null}) {
            assertThat(Totp.matchingStep(SHA1_KEY, wrong, now)).as(String.valueOf(wrong)).isEmpty();
        }
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.decode("mzxw 6ytb-oi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
        byte[] secret = new byte[Totp.SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        assertThat(Base32.decode(Base32.encode(secret))).isEqualTo(secret);
        assertThat(Base32.encode(secret)).hasSize(32);
        assertThatThrownBy(() -> Base32.decode("MZXW1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void recoveryCodesAreTenCharactersWithoutLookAlikesAndNeverTakenForAnAppCode() {
        SecureRandom random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = RecoveryCode.generate(random, "abcdefghjkmnpqrstuvwxyz23456789");
            assertThat(code).matches("[a-z2-9]{5}-[a-z2-9]{5}").doesNotContain("0", "1", "o", "l", "i");
            assertThat(RecoveryCode.looksLikeOne(code)).isTrue();
            codes.add(code);
        }
        assertThat(codes).hasSize(500);
        assertThat(RecoveryCode.looksLikeOne("K7Q2M X9VFP")).as("typed in capitals with a space").isTrue();
        assertThat(RecoveryCode.normalize("K7Q2M X9VFP")).isEqualTo("k7q2mx9vfp");
        assertThat(RecoveryCode.looksLikeOne("123456")).isFalse();
        assertThat(RecoveryCode.looksLikeOne("1234567890")).isFalse();
    }

    @Test
    void sealedSecretsOpenOnlyForTheirOwnAccountAndKey() {
        SecretBox box = new SecretBox(Base64.getEncoder().encodeToString(new byte[32]), true);
        byte[] sealed = box.seal(7, SHA1_KEY);

        assertThat(sealed).isNotEqualTo(SHA1_KEY).hasSize(12 + SHA1_KEY.length + 16);
        assertThat(box.seal(7, SHA1_KEY)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(7, sealed)).isEqualTo(SHA1_KEY);
        assertThatThrownBy(() -> box.open(8, sealed)).isInstanceOf(IllegalStateException.class);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(otherKey), true)
                .open(7, sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretBox("", true)).hasMessageContaining("STRIDE_TOTP_KEY");
    }
}
