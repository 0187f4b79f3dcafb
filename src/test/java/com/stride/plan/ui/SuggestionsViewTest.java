package com.stride.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.catalogue.ui.RangeField;
import com.stride.log.LogBackfill;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.stride.test.PainHistory;
import com.stride.test.TestPlans;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The PT's side of the pain model on the runner's page: flags with their reasons, and suggestions to act on. */
@FreshDatabase
class SuggestionsViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private LogBackfill backfill;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void thePtSeesWhyAndAcceptsTheEasierExerciseWithOneClick() {
        long plan = painSevenYesterday().planId();
        login("pt.maya");
        open("runners/" + userId("runner.priya"));
        _get(Span.class, spec -> spec.withText("Pain above 5: 7/10 during the session of "
                + com.stride.base.text.Formats.shortDate(java.time.LocalDate.now(clock).minusDays(1))
                + ": above 5 is too much."));
        _get(H4.class, spec -> spec.withText("Ease off: Glute bridge, one set fewer"));
        _get(H4.class, spec -> spec.withText("Ease off: Single-leg calf raise → Two-leg calf raise, the easier exercise"));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("suggestion-reason")).getFirst().getText())
                .startsWith("Pain up to 7/10 during the sessions with it (above 5 is too much).");

        _get(Button.class, spec -> spec.withAttribute("aria-label",
                "Accept: Ease off: Single-leg calf raise → Two-leg calf raise, the easier exercise")).click();

        NotificationsKt.expectNotifications("Accepted: the runner's plan has a new version.");
        assertThat(jdbc.queryForObject("select max(number) from plan_revision where plan_id = ?", Integer.class, plan))
                .isEqualTo(2);
        assertThat(_find(H4.class, spec -> spec.withText(
                "Ease off: Single-leg calf raise → Two-leg calf raise, the easier exercise"))).isEmpty();
        _get(H4.class, spec -> spec.withText("Ease off: Glute bridge, one set fewer"));
    }

    @Test
    void thePtEditsTheDoseBeforeAccepting() {
        long plan = painSevenYesterday().planId();
        login("pt.maya");
        open("runners/" + userId("runner.priya"));
        _get(Button.class, spec -> spec.withAttribute("aria-label",
                "Edit first: Ease off: Single-leg calf raise → Two-leg calf raise, the easier exercise")).click();
        Dialog dialog = _get(Dialog.class);
        _get(dialog, RangeField.class, spec -> spec.withLabel("Reps")).setValue("12");
        _get(dialog, Button.class, spec -> spec.withText("Accept with this dose")).click();

        NotificationsKt.expectNotifications("Accepted with your changes: the runner's plan has a new version.");
        assertThat(jdbc.queryForObject("""
                select reps_min || '/' || coalesce(reps_max::text, '-') from plan_item i
                join plan_revision r on r.id = i.revision_id
                where r.plan_id = ? and r.number = 2 and i.position = 1""", String.class, plan)).isEqualTo("12/-");
    }

    @Test
    void aDismissedSuggestionLeavesThePage() {
        painSevenYesterday();
        login("pt.maya");
        open("runners/" + userId("runner.priya"));
        _get(Button.class, spec -> spec.withAttribute("aria-label", "Dismiss: Ease off: Glute bridge, one set fewer"))
                .click();
        assertThat(_find(H4.class, spec -> spec.withText("Ease off: Glute bridge, one set fewer"))).isEmpty();
        assertThat(jdbc.queryForObject("select decision from plan_suggestion_decision", String.class))
                .isEqualTo("DISMISSED");
    }

    @Test
    void anAdminSeesNeitherTheFlagsNorTheSuggestions() {
        painSevenYesterday();
        login("admin");
        open("runners/" + userId("runner.priya"));
        assertThat(_find(H4.class, spec -> spec.withText("Ease off: Glute bridge, one set fewer"))).isEmpty();
        assertThat(_find(Span.class, spec -> spec.withClasses("flag-text"))).isEmpty();
        _get(H2.class, spec -> spec.withText("This page is not available to you"));
    }

    @Test
    void thePtCanReadWhatTheRunnerIsToldAtEachScore() {
        painSevenYesterday();
        login("pt.maya");
        open("runners/" + userId("runner.priya"));
        _get(Details.class, spec -> spec.withClasses("pain-guidance"));
    }

    private PainHistory painSevenYesterday() {
        return PainHistory.start(plans, jdbc, backfill, clock, List.of(
                new PlanItemDraft(TestPlans.stock(jdbc, "glute-bridge"),
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build()),
                new PlanItemDraft(TestPlans.stock(jdbc, "single-leg-calf-raise"),
                        Dosage.builder().sets(Range.of(3)).reps(Range.of(15)).perSide(true).build())))
                .days(6, 2, 2).day(1, 7);
    }
}
