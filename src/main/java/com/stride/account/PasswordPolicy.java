package com.stride.account;

import com.stride.i18n.Text;
import com.stride.base.validation.Messages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS): 12 to 128 characters, and not one that attackers try
 * first. Refused: a password on the shipped list of 30,000 common passwords, one made of two such
 * entries ("runner" + "123456"), and one built from the person's own username or name or this
 * product's words. No composition rules and no forced periodic change.
 */
@Component
public class PasswordPolicy {

    static final String COMMON_LIST = "/com/stride/account/common-passwords.txt";
    /** Words an attacker of this app would try first, in any combination with common entries. */
    private static final List<String> PRODUCT_WORDS = List.of("stride", "physio", "physiotherapy", "therapist",
            "therapy", "clinic", "runner", "running", "marathon", "exercise", "riverside", "hilltop");
    private static final String TOO_COMMON = "account.password.tooCommon";

    private static final String SEPARATORS = "[^\\p{L}\\p{N}]+";

    /** The list, read on the first password check rather than on the way to the first page. */
    private static final class Common {
        static final Set<String> ENTRIES = load();
    }

    /** How many entries the common-password list holds. */
    int commonCount() {
        return Common.ENTRIES.size();
    }

    /** A user-facing reason why the password is refused (in the current language), or empty when it is acceptable. */
    public Optional<String> problemWith(String password) {
        return problemWith(password, List.of());
    }

    /**
     * @param personalWords the person's username, name and email, which the password must not be
     *                      built from
     */
    public Optional<String> problemWith(String password, List<String> personalWords) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Text.get("account.password.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < AccountLimits.PASSWORD_MIN_LENGTH) {
            return Optional.of(Messages.tooShort(AccountLimits.PASSWORD_MIN_LENGTH));
        }
        if (length > AccountLimits.PASSWORD_MAX_LENGTH) {
            return Optional.of(Messages.tooLong(AccountLimits.PASSWORD_MAX_LENGTH));
        }
        Set<String> guessable = new HashSet<>(PRODUCT_WORDS);
        personalWords.stream().filter(word -> word != null && !word.isBlank())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .flatMap(word -> Stream.concat(Stream.of(word, squash(word)), Stream.of(word.split(SEPARATORS))))
                .filter(word -> word.length() >= 3)
                .forEach(guessable::add);
        String lower = password.toLowerCase(Locale.ROOT);
        // "Nia Runner 2024" is as guessable as "niarunner2024": look at it with and without separators.
        for (String candidate : new java.util.LinkedHashSet<>(List.of(lower, squash(lower)))) {
            if (guessable(candidate, guessable)) {
                return Optional.of(Text.get(TOO_COMMON));
            }
        }
        return Optional.empty();
    }

    private boolean guessable(String candidate, Set<String> guessable) {
        if (candidate.isEmpty() || Common.ENTRIES.contains(candidate) || guessable.contains(candidate)
                || candidate.chars().distinct().count() == 1) {
            return true;
        }
        for (int split = 1; split < candidate.length(); split++) {
            if (isGuessable(candidate.substring(0, split), guessable)
                    && isGuessable(candidate.substring(split), guessable)) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String text) {
        return text.replaceAll(SEPARATORS, "");
    }

    private boolean isGuessable(String part, Set<String> guessable) {
        return Common.ENTRIES.contains(part) || guessable.contains(part) || part.chars().allMatch(Character::isDigit)
                || part.chars().distinct().count() == 1;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_LIST + " is missing");
            }
            Set<String> entries = new HashSet<>(40_000);
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(entries::add);
            return Set.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
