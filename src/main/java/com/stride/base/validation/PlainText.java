package com.stride.base.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text that is shown on screen and printed on handouts: no HTML or script tags, no control
 * characters and no emoji (the handout fonts cannot print them). Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {

    String message() default Messages.NOT_PLAIN_TEXT;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
