package com.stride.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs each test signed in as a demo account, the way a signed-in request would be: on a test class
 * for all its tests, on a method for that one (the method's wins). Everyone is signed out after
 * each test. Handled by {@link ActiveContextExtension}, part of every {@link IntegrationTest}.
 */
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedInAs {

    /** The username, e.g. "pt.maya". */
    String value();
}
