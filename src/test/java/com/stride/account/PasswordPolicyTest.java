package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shipsAtLeastTenThousandCommonPasswords() {
        assertThat(policy.commonCount()).isGreaterThanOrEqualTo(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "runner123456", "PASSWORD1234", "qwertyuiopasdf", "iloveyou1234",
            "aaaaaaaaaaaaaaa", "111111111111", "monkey123456789", "sunshine2024", "stridestride"})
    void refusesCommonPasswordsAndTheirObviousCombinations(String password) {
        assertThat(policy.problemWith(password)).get().asString().contains("too common");
    }

    @Test
    void refusesPasswordsBuiltFromThePersonsOwnNames() {
        assertThat(policy.problemWith("jordanlee2026", List.of("runner.jordan", "Jordan Lee", "jordan@x.test")))
                .isPresent();
        assertThat(policy.problemWith("runner.jordan", List.of("runner.jordan"))).isPresent();
    }

    @Test
    void lengthIsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(policy.problemWith("a7#kq2!mz9p")).contains("Use at least 12 characters");
        assertThat(policy.problemWith("a7#kq2!mz9pX")).isEmpty();
        assertThat(policy.problemWith("Zr4%".repeat(16))).isEmpty();
        assertThat(policy.problemWith("Zr4%".repeat(32))).isEmpty();
        assertThat(policy.problemWith("Zr4%".repeat(32) + "x")).contains("Use at most 128 characters");
        // Characters, not bytes: 12 letters outside ASCII are 12 characters.
        assertThat(policy.problemWith("žluťoučkýkůň")).isEmpty();
    }

    @Test
    void aPassphraseOfUnrelatedWordsIsFine() {
        assertThat(policy.problemWith("kettle orbit lantern")).isEmpty();
        assertThat(policy.problemWith("correct horse battery staple")).isEmpty();
    }
}
