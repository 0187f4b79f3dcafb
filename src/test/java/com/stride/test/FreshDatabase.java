package com.stride.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every test of the class starts from the database as it is right after start-up (migrations and
 * demo data), not only the first one. Handled by {@link ActiveContextExtension}, before the test's
 * {@link SignedInAs} sign-in and its own set-up.
 */
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FreshDatabase {
}
