package com.stride.base.validation;

import com.stride.base.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The refused parts of an input, one message per field, keyed by the field's path as forms know
 * it: {@code "title"}, {@code "steps[2]"}, {@code "items[1].reps"}, {@code "defaultDosage.reps"}.
 * Services collect them (from Bean Validation and their own rules alike) and throw them as one
 * {@link InvalidInputException}; forms show each next to its field (see {@code FieldErrors}).
 * The first message for a field wins.
 */
public final class Problems {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static Problems none() {
        return new Problems();
    }

    /** What Bean Validation refuses of a value, in a stable order. */
    public static <T> Problems of(Validator validator, T value) {
        Problems problems = new Problems();
        validator.validate(value).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .forEach(v -> problems.add(path(v), v.getMessage()));
        return problems;
    }

    /** Refuses one field right away. */
    public static InvalidInputException refuse(String field, String message) {
        return none().add(field, message).exception();
    }

    /**
     * @param message a text in the current language, or a template of {@link Messages} (a bundle
     *                key in braces, such as {@code Messages.RANGE_ORDER}), which is read here
     */
    public Problems add(String field, String message) {
        byField.putIfAbsent(field, Messages.resolved(message));
        return this;
    }

    /** The other's problems under a prefix: {@code "reps"} under {@code "items[1]"} is {@code "items[1].reps"}. */
    public Problems addAll(String prefix, Problems other) {
        other.byField.forEach((field, message) -> add(prefix + "." + field, message));
        return this;
    }

    public Problems addAll(Problems other) {
        other.byField.forEach(this::add);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    public void throwIfAny() {
        if (!isEmpty()) {
            throw exception();
        }
    }

    public InvalidInputException exception() {
        return new InvalidInputException(byField);
    }

    /** "steps[2].&lt;list element&gt;" becomes "steps[2]". */
    private static String path(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString()
                .replace(".<list element>", "").replace(".<iterable element>", ""); // literal: path node names
    }
}
