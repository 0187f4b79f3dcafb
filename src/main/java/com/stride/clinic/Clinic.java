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

    protected Clinic() {
    }

    public Clinic(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
