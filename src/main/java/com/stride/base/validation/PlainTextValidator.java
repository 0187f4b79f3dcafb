package com.stride.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * See {@link PlainText}. The database's {@code plain_text()} (V10) refuses the same characters, so
 * nothing the screen refuses can be written by another path.
 */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    // A tag opening (<b, </, <!, <?) or a character reference (&amp; &#60; &#x3c;): what a browser
    // could take for code. "<3", "a < b", "R&D" and "Q&A;" stay text.
    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*[\\p{L}/!?]|&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]{2,}[0-9]*);");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        Optional<String> problem = value == null ? Optional.empty() : template(value.toString());
        problem.ifPresent(template -> {
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(template).addConstraintViolation();
        });
        return problem.isEmpty();
    }

    public static boolean isPlainText(String text) {
        return template(text).isEmpty();
    }

    /** Why the text is refused, if it is, in the current language: any language, accents and emoji are fine. */
    public static Optional<String> problem(String text) {
        return template(text).map(Messages::text);
    }

    /** The template of {@link Messages} that says why the text is refused, if it is. */
    static Optional<String> template(String text) {
        if (text.codePoints().anyMatch(PlainTextValidator::isControl)) {
            return Optional.of(Messages.CONTROL_CHARACTERS);
        }
        if (MARKUP.matcher(text).find()) {
            return Optional.of(Messages.MARKUP);
        }
        return Optional.empty();
    }

    /**
     * Control characters but tab and line breaks; the explicit direction overrides, which make text
     * read other than it is stored; and halves of a broken emoji, which cannot be stored exactly.
     */
    static boolean isControl(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return false;
        }
        return Character.isISOControl(codePoint)
                || (codePoint >= 0x202A && codePoint <= 0x202E)
                || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || Character.getType(codePoint) == Character.SURROGATE;
    }
}
