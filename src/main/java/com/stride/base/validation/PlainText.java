package com.stride.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Free text as people write it: any language, accents and emoji are welcome. Refused are only
 * control characters and markup that could be taken for code, each with its own message (see
 * {@link PlainTextValidator}). Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default Messages.MARKUP; // replaced by the validator's own

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
