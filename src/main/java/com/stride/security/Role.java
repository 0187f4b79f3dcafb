package com.stride.security;

import com.stride.i18n.Text;

/** The three kinds of people who use the app. Every account has exactly one. */
public enum Role {
    /** Clinic admin: manages the clinic's accounts. */
    ADMIN,
    /** Physical therapist: builds and follows plans. */
    THERAPIST,
    /** The patient: follows their plan and logs what they did. */
    RUNNER;

    /** "Clinic admin" ("Praxis-Admin"), in the current language. */
    public String label() {
        return Text.get("security.role." + name());
    }

    /** Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Compile-time constants for {@code @RolesAllowed}; a test keeps them equal to the enum names. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String THERAPIST = "THERAPIST";
        public static final String RUNNER = "RUNNER";

        private Names() {
        }
    }
}
