package com.stride.security;

/** The three kinds of people who use the app. Every account has exactly one. */
public enum Role {
    /** Clinic admin: manages the clinic's accounts. */
    ADMIN("Clinic admin"),
    /** Physical therapist: builds and follows plans. */
    THERAPIST("Physical therapist"),
    /** The patient: follows their plan and logs what they did. */
    RUNNER("Runner");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
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
