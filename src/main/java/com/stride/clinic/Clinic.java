package com.stride.clinic;

import com.stride.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A physical therapy clinic: the unit of ownership. Nobody sees another clinic's data. */
@Entity
@Table(name = "clinic")
public class Clinic extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 120;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Column(name = "require_two_step", nullable = false)
    private boolean requireTwoStep;

    protected Clinic() {
    }

    public Clinic(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    /** Whether every PT and admin of the clinic must sign in with a second factor. */
    public boolean requiresTwoStep() {
        return requireTwoStep;
    }

    public void requireTwoStep(boolean required) {
        this.requireTwoStep = required;
    }
}
