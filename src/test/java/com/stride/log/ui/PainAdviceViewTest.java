package com.stride.log.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.stride.log.FlagKind;
import com.stride.log.PainGuidance;
import com.stride.log.ProgressService;
import com.stride.plan.PlanService;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.stride.test.SignIn;
import com.stride.test.TestPlans;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the runner reads after giving a pain score, and the "is this something else?" check. */
@FreshDatabase
class PainAdviceViewTest extends KaribuTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private ProgressService progress;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private Clock clock;

    @Test
    void painSevenSaysStopThatExerciseAndAsksAboutWarningSignsWhichReachThePt() {
        TestPlans.assignPriyaPlan(plans, jdbc, LocalDate.now(clock));
        login("runner.priya");
        open("today");
        assertThat(_find(PainAdvice.class)).as("nothing before a score is saved").isEmpty();
        _get(PainScale.class).setValue(7);
        _get(Button.class, spec -> spec.withText("Save how it went")).click();

        _get(H4.class, spec -> spec.withText("Too much for today"));
        _get(Paragraph.class, spec -> spec.withText(PainGuidance.DURING_TOO_MUCH.advice()));
        _get(H4.class, spec -> spec.withText("Is this something else?"));
        assertThat(_find(Checkbox.class).stream().map(Checkbox::getLabel)).containsExactly(
                "Sharp pain at one spot on a bone", "Swelling", "Pain at night or when resting", "Numbness or tingling");

        _get(Button.class, spec -> spec.withText("Send to my clinic")).click();
        NotificationsKt.expectNotifications("Tick what applies, or choose \"None of these\".");
        assertThat(signs()).as("nothing sent").isNull();

        _get(Checkbox.class, spec -> spec.withLabel("Swelling")).setValue(true);
        _get(Button.class, spec -> spec.withText("Send to my clinic")).click();
        _get(Paragraph.class, spec -> spec.withText(PainGuidance.signsAdvice()));
        assertThat(_find(Checkbox.class)).isEmpty();
        assertThat(signs()).isEqualTo("{SWELLING}");

        logout();
        SignIn.as("pt.maya");
        assertThat(progress.progress(userId("runner.priya"), 4).flags().getFirst().kind())
                .isEqualTo(FlagKind.WARNING_SIGNS);
    }

    @Test
    void aSafeScoreSaysCarryOnAndAsksNothingMore() {
        TestPlans.assignPriyaPlan(plans, jdbc, LocalDate.now(clock));
        login("runner.priya");
        open("today");
        _get(PainScale.class).setValue(2);
        _get(Button.class, spec -> spec.withText("Save how it went")).click();
        _get(H4.class, spec -> spec.withText("Safe zone"));
        assertThat(_find(Checkbox.class)).isEmpty();
    }

    @Test
    void noneOfTheSignsIsRecordedAsAnsweredAndRaisesNothing() {
        TestPlans.assignPriyaPlan(plans, jdbc, LocalDate.now(clock));
        login("runner.priya");
        open("today");
        _get(PainScale.class).setValue(8);
        _get(Button.class, spec -> spec.withText("Save how it went")).click();
        _get(Button.class, spec -> spec.withText("None of these")).click();
        _get(Paragraph.class, spec -> spec.withText(PainGuidance.noSigns()));
        assertThat(signs()).isEqualTo("{}");
    }

    @Test
    void theNextMorningIsComparedWithThePainDuringTheSession() {
        // Jordan's demo session yesterday scored 6 during it
        login("runner.jordan");
        open("today");
        _find(PainScale.class).getFirst().setValue(3);
        _get(Button.class, spec -> spec.withText("Save")).click();
        _get(H4.class, spec -> spec.withText("Settled"));
        _get(Paragraph.class, spec -> spec.withText(PainGuidance.MORNING_SETTLED.advice()));
    }

    @Test
    void aMorningAboveFiveSaysEaseOffAndAsksAboutWarningSigns() {
        login("runner.jordan");
        open("today");
        _find(PainScale.class).getFirst().setValue(7);
        _get(Button.class, spec -> spec.withText("Save")).click();
        _get(H4.class, spec -> spec.withText("Too much"));
        _get(Checkbox.class, spec -> spec.withLabel("Pain at night or when resting")).setValue(true);
        _get(Button.class, spec -> spec.withText("Send to my clinic")).click();
        assertThat(jdbc.queryForObject("""
                select warning_signs::text from session_log
                where runner_id = ? and warning_signs is not null""", String.class, userId("runner.jordan")))
                .isEqualTo("{NIGHT_OR_REST}");
    }

    @Test
    void theAdviceFollowsTheGuidanceTableAtEveryScore() {
        assertThat(java.util.stream.IntStream.rangeClosed(0, 10).mapToObj(PainGuidance::during)
                .map(PainGuidance.Advice::heading).toList()).containsExactly("Safe zone", "Safe zone", "Safe zone",
                "Safe zone", "Acceptable, do not add more", "Acceptable, do not add more", "Too much for today",
                "Too much for today", "Too much for today", "Too much for today", "Too much for today");
        // the morning: its own zone, and 2+ points above the evening before is worse
        assertThat(PainGuidance.nextMorning(3, 3)).isEqualTo(PainGuidance.MORNING_SETTLED);
        assertThat(PainGuidance.nextMorning(3, 1)).isEqualTo(PainGuidance.MORNING_WORSE);
        assertThat(PainGuidance.nextMorning(2, 1)).isEqualTo(PainGuidance.MORNING_SETTLED);
        assertThat(PainGuidance.nextMorning(5, 4)).isEqualTo(PainGuidance.MORNING_ACCEPTABLE);
        assertThat(PainGuidance.nextMorning(5, 3)).isEqualTo(PainGuidance.MORNING_WORSE);
        assertThat(PainGuidance.nextMorning(5, null)).isEqualTo(PainGuidance.MORNING_ACCEPTABLE);
        assertThat(PainGuidance.nextMorning(6, 6)).isEqualTo(PainGuidance.MORNING_TOO_MUCH);
        assertThat(PainGuidance.TABLE).filteredOn(PainGuidance.Advice::askSigns)
                .containsExactly(PainGuidance.DURING_TOO_MUCH, PainGuidance.MORNING_TOO_MUCH);
    }

    private String signs() {
        return jdbc.queryForObject("select warning_signs::text from session_log where runner_id = ?", String.class,
                userId("runner.priya"));
    }
}
