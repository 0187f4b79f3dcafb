package com.stride.account;

import com.stride.base.validation.Messages;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An account's email address: required, at most the column's length, and of the stored pattern (V1). */
@NotBlank(message = "{account.email.required}")
@Size(max = AccountLimits.EMAIL_MAX_LENGTH, message = Messages.TOO_LONG)
@Email(regexp = AccountLimits.EMAIL_PATTERN, message = "{account.email.invalid}")
@Constraint(validatedBy = {})
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface EmailAddress {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
