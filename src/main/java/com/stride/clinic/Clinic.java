package com.stride.clinic;

import com.stride.base.domain.AbstractEntity;
import com.stride.i18n.Language;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.ZoneId;

/** A physical therapy clinic: the unit of ownership. Nobody sees another clinic's data. */
@Entity
@Table(name = "clinic")
public class Clinic extends AbstractEntity {

    public static final int NAME_MAX_LENGTH = 120;

    @Column(name = "name", nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    /** Long enough for every IANA zone name (the longest is 32 characters). */
    public static final int TIME_ZONE_MAX_LENGTH = 64;

    @Column(name = "require_two_step", nullable = false)
    private boolean requireTwoStep;

    @Column(name = "time_zone", nullable = false, length = TIME_ZONE_MAX_LENGTH)
    private String timeZone;

    @Column(name = "default_language", nullable = false, length = Language.CODE_LENGTH)
    private String defaultLanguage;

    protected Clinic() {
    }

    public Clinic(String name, ZoneId timeZone, Language defaultLanguage) {
        this.name = name;
        this.timeZone = timeZone.getId();
        this.defaultLanguage = defaultLanguage.code();
    }

    /** The zone whose midnight starts the clinic's "today". */
    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    /** The language of the clinic's people who have not chosen one and whose browser we do not speak. */
    public Language getDefaultLanguage() {
        return Language.ofCode(defaultLanguage).orElse(Language.ENGLISH);
    }

    void changeSettings(ZoneId zone, Language language) {
        this.timeZone = zone.getId();
        this.defaultLanguage = language.code();
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
