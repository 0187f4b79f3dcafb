package com.stride.base.validation;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One wording for each kind of refusal. Templates name their numbers ({@code {min}}, {@code {max}}):
 * Bean Validation fills them from the annotation's own attributes, and the methods here fill them
 * from the limit constants, so no message ever repeats a number by hand.
 */
public final class Messages {

    public static final String TOO_LONG = "Use at most {max} characters";
    public static final String TOO_SHORT = "Use at least {min} characters";
    public static final String LENGTH_BETWEEN = "Use {min}-{max} characters";
    public static final String MARKUP = "Remove what looks like code: a < right before a letter, or an & code "
            + "such as &amp;";
    public static final String CONTROL_CHARACTERS = "Remove the invisible control characters, which often come "
            + "along with pasted text";
    public static final String NUMBER_BETWEEN = "Use {min}-{max} {unit}";
    public static final String RANGE_ORDER = "The first number must not be larger than the second";
    public static final String WHOLE_NUMBER = "Enter a whole number";
    public static final String NUMBER_OR_RANGE = "Enter a whole number or a range like 10-12";
    public static final String NAME_TAKEN = "Your clinic already has {thing} with this name";
    public static final String NOT_THE_SAME = "The two passwords are not the same";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private Messages() {
    }

    public static String tooLong(int max) {
        return fill(TOO_LONG, Map.of("max", max));
    }

    public static String tooShort(int min) {
        return fill(TOO_SHORT, Map.of("min", min));
    }

    public static String numberBetween(int min, int max, String unit) {
        return fill(NUMBER_BETWEEN, Map.of("min", min, "max", max, "unit", unit));
    }

    /** A Bean Validation template of a limit, such as "A plan can have at most {max} exercises", filled outside it. */
    public static String withMax(String template, int max) {
        return fill(template, Map.of("max", max));
    }

    /** @param thing with its article: "an exercise", "a template" */
    public static String nameTaken(String thing) {
        return fill(NAME_TAKEN, Map.of("thing", thing));
    }

    /** Fills every {@code {name}} of the template; a name without a value is an error in our code. */
    static String fill(String template, Map<String, ?> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            Object value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + matcher.group(1) + "} in \"" + template + "\"");
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(value.toString()));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
