package com.stride.base.validation;

import com.stride.i18n.Text;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One wording for each kind of refusal, in the base bundle ({@code base.validation.*}). The
 * constants are Bean Validation templates, bundle keys in braces
 * ({@code @Size(max = 60, message = Messages.TOO_LONG)}): {@link BundleMessageInterpolator} reads
 * them in the current language and fills their numbers ({@code {min}}, {@code {max}}) from the
 * annotation's own attributes. The methods give the same texts filled from the limit constants, so
 * no message ever repeats a number by hand. Code that needs a text, not a template, calls a method
 * ({@link #markup()}) or {@link #text(String)}.
 */
public final class Messages {

    public static final String TOO_LONG = "{base.validation.tooLong}";
    public static final String TOO_SHORT = "{base.validation.tooShort}";
    public static final String LENGTH_BETWEEN = "{base.validation.lengthBetween}";
    public static final String MARKUP = "{base.validation.markup}";
    public static final String CONTROL_CHARACTERS = "{base.validation.controlCharacters}";
    public static final String NUMBER_BETWEEN = "{base.validation.numberBetween}";
    public static final String RANGE_ORDER = "{base.validation.rangeOrder}";
    public static final String WHOLE_NUMBER = "{base.validation.wholeNumber}";
    public static final String NUMBER_OR_RANGE = "{base.validation.numberOrRange}";
    public static final String NAME_TAKEN = "{base.validation.nameTaken}";
    public static final String NOT_THE_SAME = "{base.validation.notTheSame}";

    /** A template that is one bundle key in braces: "{plan.draft.titleRequired}". */
    private static final Pattern KEY = Pattern.compile("\\{([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9_-]+)+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");

    private Messages() {
    }

    public static String tooLong(int max) {
        return text(TOO_LONG, "max", max);
    }

    public static String tooShort(int min) {
        return text(TOO_SHORT, "min", min);
    }

    public static String lengthBetween(int min, int max) {
        return text(LENGTH_BETWEEN, "min", min, "max", max);
    }

    /** @param unit in the current language, plural: "seconds" ("Sekunden") */
    public static String numberBetween(int min, int max, String unit) {
        return text(NUMBER_BETWEEN, "min", min, "max", max, "unit", unit);
    }

    public static String markup() {
        return text(MARKUP);
    }

    public static String controlCharacters() {
        return text(CONTROL_CHARACTERS);
    }

    public static String rangeOrder() {
        return text(RANGE_ORDER);
    }

    public static String wholeNumber() {
        return text(WHOLE_NUMBER);
    }

    public static String numberOrRange() {
        return text(NUMBER_OR_RANGE);
    }

    public static String notTheSame() {
        return text(NOT_THE_SAME);
    }

    /**
     * A Bean Validation template of a limit, such as {@code "{plan.limits.tooManyItems}"} for
     * "A plan can have at most {max} exercises", filled outside it.
     */
    public static String withMax(String template, int max) {
        return text(template, "max", max);
    }

    /**
     * @param thing with its article, as the object of "has", in the current language ("a template",
     *              "eine Vorlage", "una plantilla"), or the bundle key of such a phrase
     */
    public static String nameTaken(String thing) {
        return text(NAME_TAKEN, "thing", Text.has(thing) ? Text.get(thing) : thing);
    }

    /**
     * The text of a template in the current language: a bundle key in braces is looked up and its
     * arguments (name, value pairs) filled; any other template has its {@code {name}}s filled as
     * it is (a name without a value is an error in our code).
     */
    public static String text(String template, Object... namesAndValues) {
        String key = key(template);
        if (key != null) {
            return Text.get(key, namesAndValues);
        }
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fill(template, values);
    }

    /** A message as it is, or the text of a bundle key in braces (a constant of this class). */
    public static String resolved(String message) {
        String key = key(message);
        return key == null ? message : Text.get(key);
    }

    /** The bundle key of a template that is one key in braces, or null. */
    static @Nullable String key(String template) {
        Matcher matcher = KEY.matcher(template.strip());
        return matcher.matches() && Text.has(matcher.group(1)) ? matcher.group(1) : null;
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
