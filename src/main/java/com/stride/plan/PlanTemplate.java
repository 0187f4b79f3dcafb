package com.stride.plan;

import com.stride.base.domain.AbstractEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A ready-made routine: stock (no clinic, from the seeds) or a clinic's own. */
@Entity
@Table(name = "plan_template")
class PlanTemplate extends AbstractEntity {

    @Column(name = "clinic_id", updatable = false)
    private @Nullable Long clinicId;

    @Column(name = "code", updatable = false, length = 80)
    private @Nullable String code;

    @Column(name = "name", nullable = false, length = PlanLimits.TITLE_MAX_LENGTH)
    private String name;

    @Column(name = "description", length = PlanLimits.GOAL_MAX_LENGTH)
    private @Nullable String description;

    @OneToMany(mappedBy = "template", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanTemplateItem> items = new ArrayList<>();

    protected PlanTemplate() {
    }

    PlanTemplate(long clinicId, String name, String description, List<DosedItem.Content> contents) {
        this.clinicId = clinicId;
        this.name = name;
        this.description = description;
        for (int position = 0; position < contents.size(); position++) {
            items.add(new PlanTemplateItem(this, position, contents.get(position)));
        }
    }

    @Nullable Long getClinicId() {
        return clinicId;
    }

    boolean isStock() {
        return clinicId == null;
    }

    String getName() {
        return name;
    }

    @Nullable String getDescription() {
        return description;
    }

    List<DosedItem.Content> contents() {
        return items.stream().map(DosedItem::content).toList();
    }
}
