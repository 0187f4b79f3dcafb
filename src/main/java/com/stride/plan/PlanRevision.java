package com.stride.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a plan's content. A draft's only revision is edited in place; an active plan gets a
 * new revision on every saved change, and earlier revisions are never touched again.
 */
@Entity
@Table(name = "plan_revision")
class PlanRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private Plan plan;

    @Column(name = "number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", nullable = false, length = PlanLimits.TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "goal", length = PlanLimits.GOAL_MAX_LENGTH)
    private @Nullable String goal;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "revision", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanItem> items = new ArrayList<>();

    protected PlanRevision() {
    }

    PlanRevision(Plan plan, int number, long authorId, Instant createdAt) {
        this.plan = plan;
        this.number = number;
        this.authorId = authorId;
        this.createdAt = createdAt;
    }

    /** Replaces title, goal and items (only ever on a draft's revision or a brand-new one). */
    void fill(String newTitle, String newGoal, List<DosedItem.Content> newItems, long editorId, Instant at) {
        title = newTitle;
        goal = newGoal;
        authorId = editorId;
        createdAt = at;
        items.clear();
        for (int position = 0; position < newItems.size(); position++) {
            items.add(new PlanItem(this, position, newItems.get(position)));
        }
    }

    @Nullable Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }

    String getTitle() {
        return title;
    }

    @Nullable String getGoal() {
        return goal;
    }

    List<PlanItem> getItems() {
        return items;
    }
}
