package com.stride.audit;

/** A person of the clinic who can be picked in the audit log's user filter. */
public record AuditPerson(long id, String name, String username) {

    public String label() {
        return name + " (" + username + ")";
    }
}
