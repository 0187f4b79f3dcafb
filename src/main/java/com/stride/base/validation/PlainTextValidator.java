package com.stride.base.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;

/** See {@link PlainText}. */
public class PlainTextValidator implements ConstraintValidator<PlainText, CharSequence> {

    private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;");

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || isPlainText(value.toString());
    }

    public static boolean isPlainText(String text) {
        if (MARKUP.matcher(text).find()) {
            return false;
        }
        return text.codePoints().allMatch(PlainTextValidator::isAllowed);
    }

    private static boolean isAllowed(int codePoint) {
        if (codePoint == '\n' || codePoint == '\t') {
            return true;
        }
        if (Character.isISOControl(codePoint) || codePoint > 0xFFFF) {
            return false; // control characters; emoji and other astral-plane symbols
        }
        int type = Character.getType(codePoint);
        if (type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED
                || type == Character.FORMAT) {
            return false;
        }
        // Pictographic BMP blocks: miscellaneous symbols, dingbats, variation selectors.
        return !(codePoint >= 0x2600 && codePoint <= 0x27BF) && !(codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }
}
