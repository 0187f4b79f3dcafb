package com.stride.base.validation;

import com.stride.base.InvalidInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Bean Validation results as field errors that forms can show next to each field. */
public final class Validation {

    private Validation() {
    }

    public static <T> Map<String, String> fieldErrors(Validator validator, T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        Map<String, String> errors = new LinkedHashMap<>();
        violations.stream()
                .sorted((a, b) -> a.getPropertyPath().toString().compareTo(b.getPropertyPath().toString()))
                .forEach(v -> errors.putIfAbsent(normalize(v.getPropertyPath().toString()), v.getMessage()));
        return errors;
    }

    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** "steps[2].<list element>" becomes "steps[2]". */
    private static String normalize(String path) {
        return path.replace(".<list element>", "").replace(".<iterable element>", "");
    }
}
