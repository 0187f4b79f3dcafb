package com.stride.audit;

/** What an audit entry records. The names are stored; the labels are shown to admins. */
public enum AuditAction {
    LOGIN_SUCCEEDED("Signed in"),
    LOGIN_FAILED("Sign-in failed"),
    LOGIN_THROTTLED("Sign-in refused: too many attempts"),
    LOGOUT("Signed out"),
    SESSION_TIMED_OUT("Signed out: no activity"),
    SESSION_LIFETIME_REACHED("Signed out: session too old"),
    SESSION_REVOKED("Signed out: password, second factor or account changed"),
    LOGIN_AWAITING_CODE("Password right, two-step code asked"),
    TWO_STEP_FAILED("Two-step code refused"),
    TWO_STEP_ENABLED("Two-step sign-in turned on"),
    TWO_STEP_DISABLED("Two-step sign-in turned off"),
    TWO_STEP_RESET("Two-step sign-in reset by an admin"),
    RECOVERY_CODE_USED("Recovery code used"),
    CLINIC_TWO_STEP_REQUIRED("Two-step sign-in required for staff"),
    CLINIC_TWO_STEP_OPTIONAL("Two-step sign-in no longer required"),
    CLINIC_SETTINGS_CHANGED("Clinic time zone or language changed"),
    PREFERENCES_CHANGED("Own language or units changed"),
    ACCESS_DENIED("Access denied"),
    ACCOUNT_CREATED("Account created"),
    ACCOUNT_UPDATED("Account details changed"),
    ACCOUNT_DEACTIVATED("Account deactivated"),
    ACCOUNT_REACTIVATED("Account reactivated"),
    THERAPISTS_LINKED("Runner's PTs changed"),
    LINK_ISSUED("One-time link issued"),
    PASSWORD_SET("Password set with a one-time link"),
    PASSWORD_CHANGED("Own password changed"),
    PASSWORD_CHANGE_FAILED("Own password change refused"),
    PLAN_CREATED("Plan created"),
    PLAN_EDITED("Plan edited"),
    PLAN_ASSIGNED("Plan assigned"),
    PLAN_ENDED("Plan ended"),
    PLAN_EXPORTED("Plan exported as PDF"),
    TEMPLATE_CREATED("Template created"),
    EXERCISE_LOGGED("Exercise ticked off"),
    EXERCISE_UNDONE("Exercise tick taken back"),
    SESSION_LOGGED("Session pain and note saved"),
    MORNING_PAIN_LOGGED("Next-morning pain saved"),
    FLAG_SEEN("Flag marked seen"),
    WARNING_SIGNS_REPORTED("Warning signs answered"),
    SUGGESTION_ACCEPTED("Suggestion accepted"),
    SUGGESTION_DISMISSED("Suggestion dismissed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
