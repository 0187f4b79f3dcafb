package com.stride.account;

import com.stride.base.validation.Messages;
import com.stride.base.validation.PlainText;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person's name as an admin types it: required, plain text, at most the column's length. */
@NotBlank(message = "{account.name.required}")
@Size(max = AccountLimits.DISPLAY_NAME_MAX_LENGTH, message = Messages.TOO_LONG)
@PlainText
@Constraint(validatedBy = {})
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface PersonName {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
