package com.stride.plan;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.ConcurrentEditException;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.SignedInAs;
import com.stride.test.StatementCounter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
@SignedInAs("pt.maya")
class PlanServiceTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private RunnerService runners;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    private long jordan;
    private long priya;

    @BeforeEach
    void setUp() {
        jordan = userId("runner.jordan");
        priya = userId("runner.priya");
    }

    /** A circuit survives a save, a copy into a template and a plan from that template; broken ones are refused at the item. */
    @Test
    void circuitsAreKeptThroughSavesAndTemplatesAndBrokenOnesAreRefusedAtTheItem() {
        long circuitTemplate = plans.templates().stream().filter(t -> t.name().equals("7-move mobility circuit"))
                .findFirst().orElseThrow().id();
        PlanDetails plan = plans.createFromTemplate(jordan, circuitTemplate);
        PlanDraft draft = plan.toDraft();
        List<PlanItemDraft> items = new java.util.ArrayList<>(draft.items());
        // the third move out of the circuit splits it in two runs of circuit 1: refused at the fourth
        items.set(2, new PlanItemDraft(items.get(2).exerciseId(), items.get(2).dosage(), null));
        PlanDraft split = new PlanDraft(draft.title(), draft.goal(), draft.startDate(), draft.endDate(), items);
        assertThatThrownBy(() -> plans.save(plan.id(), plan.version(), split))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldErrors())
                        .containsEntry("items[3].circuit", "Keep the moves of a circuit next to each other"));

        // moves 3-7 as circuit 2 with 2 rounds: saved, and kept by a template made from the plan
        for (int i = 2; i < items.size(); i++) {
            items.set(i, new PlanItemDraft(items.get(i).exerciseId(), items.get(i).dosage().toBuilder()
                    .sets(Range.of(2)).build(), i == 2 ? null : 2));
        }
        PlanDetails saved = plans.save(plan.id(), plan.version(), new PlanDraft(draft.title(), draft.goal(),
                draft.startDate(), draft.endDate(), items));
        assertThat(saved.items()).extracting(PlanItemView::circuit).containsExactly(1, 1, null, 2, 2, 2, 2);
        plans.saveAsTemplate(saved.id(), "Two circuits");
        long two = plans.templates().stream().filter(t -> t.name().equals("Two circuits")).findFirst()
                .orElseThrow().id();
        assertThat(plans.createFromTemplate(userId("runner.priya"), two).items()).extracting(PlanItemView::circuit)
                .containsExactly(1, 1, null, 2, 2, 2, 2);
    }

    @Test
    void theFourSeedRoutinesShipAsStockTemplatesWithTheSeedsDosages() {
        Map<String, List<String>> expected = Map.of(
                "Post-run stretches", List.of("Kneeling hip flexor stretch", "Soleus stretch",
                        "Standing calf stretch", "Kneeling pigeon stretch", "Standing quad stretch", "Downward dog",
                        "Glute bridge"),
                "Hip strength for runners", List.of("Side plank clam", "Side plank", "Single-leg calf raise",
                        "Reverse lunge", "Side lunge", "Standing march", "Single-leg Romanian deadlift",
                        "Seated glute stretch", "Kneeling hip flexor stretch with overhead reach",
                        "Standing quad stretch", "Standing hamstring stretch"),
                "Glute bridge and hip flexor stretch", List.of("Glute bridge with single-leg extension",
                        "Kneeling hip flexor stretch"),
                "7-move mobility circuit", List.of("90/90 hip switches", "World's greatest stretch",
                        "Glute bridge march", "Hamstring scoops",
                        "Half-kneeling hip flexor stretch with overhead reach and side bend",
                        "Standing forward fold with calf pedals", "Supine hamstring stretch with strap"));

        List<TemplateSummary> stock = plans.templates().stream().filter(TemplateSummary::stock).toList();
        assertThat(stock).extracting(TemplateSummary::name).containsExactlyInAnyOrderElementsOf(expected.keySet());

        for (TemplateSummary template : stock) {
            PlanDetails plan = plans.createFromTemplate(jordan, template.id());
            assertThat(plan.items()).extracting(PlanItemView::exerciseName)
                    .as(template.name()).containsExactlyElementsOf(expected.get(template.name()));
            if (template.name().equals("Glute bridge and hip flexor stretch")) {
                assertThat(plan.items()).extracting(item -> item.dosage().summary()).containsExactly(
                        "10-12 reps, hold the bridge 3-5 s, then extend one knee and hold 5-10 s, each side, alternating · 2-3 times a day",
                        "2-3 reps, hold 20-30 s, each side · every day");
            }
            if (template.name().equals("7-move mobility circuit")) {
                assertThat(plan.items()).allSatisfy(item -> assertThat(item.dosage().summary())
                        .startsWith("1-2 sets × 30-60 s"));
                // one circuit of all seven moves (issue 15), its rounds the moves' sets
                assertThat(plan.items()).extracting(PlanItemView::circuit).containsOnly(1);
                assertThat(plan.items().getFirst().dosage().rounds()).isEqualTo("1-2 rounds");
            }
            if (template.name().equals("Hip strength for runners")) {
                // strengthening 3 days a week, the stretches every day (issue 16, V15)
                assertThat(plan.items().get(2).dosage().summary()).isEqualTo("20 reps, each side · 3 days a week");
                assertThat(plan.items().get(7).dosage().summary()).isEqualTo("2 reps, hold 30 s, each side · every day");
            }
        }
    }

    @Test
    void aDraftIsEditedInPlaceAndAssignedToTheRunner() {
        long tom = userId("runner.tom");
        PlanDetails draft = plans.createDraft(tom, draft("Week 1", item("glute-bridge", d -> d)));
        assertThat(draft.status()).isEqualTo(PlanStatus.DRAFT);

        PlanDetails saved = plans.save(draft.id(), draft.version(), draft("Week 1 (easier)",
                item("glute-bridge", d -> d.reps(Range.of(8))), item("soleus-stretch", d -> d)));
        assertThat(saved.revision()).isEqualTo(1);
        assertThat(saved.items()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from plan_revision where plan_id = ?", Integer.class,
                draft.id())).isEqualTo(1);

        PlanDetails active = plans.activate(saved.id(), saved.version(), true);
        assertThat(active.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(runners.runners(RunnerScope.ALL, "tom", 0, 10)).singleElement().satisfies(row -> {
            assertThat(row.activePlanTitle()).isEqualTo("Week 1 (easier)");
            assertThat(row.activePlanStart()).isEqualTo(LocalDate.of(2026, 1, 5));
        });
    }

    @Test
    void assigningASecondPlanAsksBeforeEndingTheFirst() {
        PlanDetails first = activePlan(jordan, "Base plan");
        PlanDetails second = plans.createDraft(jordan, draft("Next block", item("side-plank", d -> d)));

        assertThatThrownBy(() -> plans.activate(second.id(), second.version(), false))
                .isInstanceOfSatisfying(OtherActivePlanException.class,
                        e -> assertThat(e.activePlanTitle()).isEqualTo("Base plan"));
        assertThat(status(first.id())).isEqualTo("ACTIVE");
        assertThat(status(second.id())).isEqualTo("DRAFT");

        plans.activate(second.id(), second.version(), true);

        assertThat(status(first.id())).isEqualTo("ENDED");
        assertThat(status(second.id())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from plan where runner_id = ? and status = 'ACTIVE'",
                Integer.class, jordan)).isEqualTo(1);
    }

    @Test
    void editingAnActivePlanAddsARevisionAndKeepsTheEarlierOneAsItWas() {
        PlanDetails active = activePlan(jordan, "Hips");
        long firstItemId = active.items().getFirst().itemId();

        PlanDetails revised = plans.save(active.id(), active.version(), draft("Hips",
                item("glute-bridge", d -> d.sets(Range.of(3)).reps(Range.of(8, 10)).perSide(true).daysPerWeek(4))));

        assertThat(revised.revision()).isEqualTo(2);
        assertThat(revised.items().getFirst().dosage().summary()).isEqualTo(
                "3 sets × 8-10 reps, hold 3 s, each side · 4 days a week");
        PlanDetails first = plans.revision(active.id(), 1);
        assertThat(first.latest()).isFalse();
        assertThat(first.items()).singleElement().satisfies(item -> {
            assertThat(item.itemId()).isEqualTo(firstItemId);
            assertThat(item.dosage().summary()).isEqualTo("2 sets × 10 reps, hold 3 s");
        });
        assertThat(plans.revisions(active.id())).extracting(RevisionSummary::number).containsExactly(2, 1);

        // Saving without a change adds nothing.
        PlanDetails again = plans.save(revised.id(), revised.version(), revised.toDraft());
        assertThat(again.revision()).isEqualTo(2);
    }

    @Test
    void anEndedPlanIsReadOnlyAndCanBeDuplicated() {
        PlanDetails active = activePlan(jordan, "Old block");
        PlanDetails ended = plans.end(active.id(), active.version());
        assertThat(ended.status()).isEqualTo(PlanStatus.ENDED);

        assertThatThrownBy(() -> plans.save(ended.id(), ended.version(), ended.toDraft()))
                .isInstanceOf(InvalidInputException.class);

        PlanDetails copy = plans.duplicate(ended.id());
        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.title()).isEqualTo("Old block (copy)");
        assertThat(copy.items()).extracting(PlanItemView::exerciseId)
                .containsExactlyElementsOf(ended.items().stream().map(PlanItemView::exerciseId).toList());
        assertThat(copy.items().getFirst().itemId()).isNotEqualTo(ended.items().getFirst().itemId());
    }

    @Test
    void aPlanSavedAsTemplateIsTheClinicsOwnAndIndependentOfThePlan() {
        PlanDetails plan = plans.createDraft(jordan, draft("Calf care", item("soleus-stretch", d -> d),
                item("single-leg-calf-raise", d -> d)));
        TemplateSummary template = plans.saveAsTemplate(plan.id(), "Calf care routine");
        assertThat(template.stock()).isFalse();

        plans.save(plan.id(), plan.version(), draft("Calf care", item("soleus-stretch", d -> d)));
        PlanDetails fromTemplate = plans.createFromTemplate(priya, template.id());
        assertThat(fromTemplate.items()).hasSize(2);

        assertThatThrownBy(() -> plans.saveAsTemplate(plan.id(), "calf CARE routine"))
                .isInstanceOf(InvalidInputException.class);

        SignIn.as("hilltop.pt");
        assertThat(plans.templates()).extracting(TemplateSummary::name).doesNotContain("Calf care routine");
        assertThatThrownBy(() -> plans.createFromTemplate(userId("hilltop.runner"), template.id()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anotherClinicCannotReadOrChangeThePlan() {
        PlanDetails plan = activePlan(jordan, "Private plan");
        SignIn.as("hilltop.pt");

        List<Supplier<Object>> attempts = List.of(
                () -> plans.get(plan.id()),
                () -> plans.revision(plan.id(), 1),
                () -> plans.revisions(plan.id()),
                () -> plans.save(plan.id(), plan.version(), plan.toDraft()),
                () -> plans.end(plan.id(), plan.version()),
                () -> plans.duplicate(plan.id()),
                () -> plans.saveAsTemplate(plan.id(), "Stolen"),
                () -> runners.runner(jordan),
                () -> runners.plansOf(jordan),
                () -> plans.createDraft(jordan, draft("Intrusion", item("glute-bridge", d -> d))),
                () -> plans.activate(plan.id(), plan.version(), true),
                () -> plans.handout(plan.id()));
        for (Supplier<Object> attempt : attempts) {
            assertThatThrownBy(attempt::get).isInstanceOf(RecordNotFoundException.class);
        }
        assertThat(runners.runners(RunnerScope.ALL, "", 0, 50)).extracting(RunnerRow::name).doesNotContain("Jordan Lee");

        long stockTemplate = jdbc.queryForObject("select id from plan_template where code = 'hip-strength'", Long.class);
        assertThatThrownBy(() -> plans.createFromTemplate(jordan, stockTemplate))
                .isInstanceOf(RecordNotFoundException.class);

        SignIn.as("hilltop.admin");
        assertThatThrownBy(() -> plans.get(plan.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(status(plan.id())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select count(*) from plan_revision where plan_id = ?", Integer.class,
                plan.id())).isEqualTo(1);
    }

    @Test
    void runnersCannotUseThePlanService() {
        PlanDetails plan = activePlan(jordan, "Runner cannot edit");
        SignIn.as("runner.jordan");

        assertThatThrownBy(() -> plans.get(plan.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.save(plan.id(), plan.version(), plan.toDraft()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> runners.runners(RunnerScope.ALL, "", 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> plans.templates()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        PlanDetails plan = activePlan(jordan, "Shared plan");
        SignIn.as("pt.sam");
        plans.save(plan.id(), plan.version(), draft("Shared plan", item("side-lunge", d -> d)));
        SignIn.as("pt.maya");

        assertThatThrownBy(() -> plans.save(plan.id(), plan.version(), draft("Shared plan",
                item("reverse-lunge", d -> d)))).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> plans.end(plan.id(), plan.version())).isInstanceOf(ConcurrentEditException.class);
        assertThat(plans.get(plan.id()).items()).extracting(PlanItemView::exerciseName).containsExactly("Side lunge");
    }

    @Test
    void twoSimultaneousSavesLeaveOneAndTellTheOtherClearly() throws Exception {
        PlanDetails plan = activePlan(priya, "Race");
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from plan where id = ? for update")) {
                lock.setLong(1, plan.id());
                lock.executeQuery();
            }
            ExecutorService executor = Executors.newSingleThreadExecutor();
            try {
                Future<PlanDetails> save = executor.submit(() -> {
                    return SignIn.as("pt.maya", () -> plans.save(plan.id(), plan.version(), draft("Race", item("side-plank", d -> d))));
                });
                // The save waits for the row; meanwhile the other editor's change commits.
                Thread.sleep(500);
                assertThat(save.isDone()).isFalse();
                try (PreparedStatement bump = other.prepareStatement("update plan set version = version + 1 where id = ?")) {
                    bump.setLong(1, plan.id());
                    bump.executeUpdate();
                }
                other.commit();

                assertThatThrownBy(save::get).cause().isInstanceOf(ConcurrentEditException.class);
            } finally {
                executor.shutdownNow();
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from plan_revision where plan_id = ?", Integer.class,
                plan.id())).isEqualTo(1);
    }

    @Test
    void archivedExercisesStayInPlansAndCopiesButCannotBeAdded() {
        PlanDetails plan = plans.createDraft(jordan, draft("With soon-archived", item("soleus-stretch", d -> d)));
        long custom = customExercise("Arch doming");
        PlanDetails withCustom = plans.save(plan.id(), plan.version(), draft("With soon-archived",
                item("soleus-stretch", d -> d), new PlanItemDraft(custom, Dosage.builder().reps(Range.of(8)).build())));
        jdbc.update("update exercise set archived_at = now() where id = ?", custom);

        // Kept where it already was ...
        PlanDetails saved = plans.save(withCustom.id(), withCustom.version(), withCustom.toDraft());
        assertThat(saved.items()).extracting(PlanItemView::exerciseArchived).containsExactly(false, true);
        // ... and in copies of it ...
        assertThat(plans.duplicate(saved.id()).items()).hasSize(2);
        TemplateSummary template = plans.saveAsTemplate(saved.id(), "Arch routine");
        assertThat(plans.createFromTemplate(priya, template.id()).items()).hasSize(2);
        // ... but never added anew.
        PlanDetails other = plans.createDraft(priya, draft("Fresh", item("side-plank", d -> d)));
        assertThatThrownBy(() -> plans.save(other.id(), other.version(), draft("Fresh",
                new PlanItemDraft(custom, Dosage.builder().reps(Range.of(8)).build()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("items[0]", "This exercise has been archived; choose another one"));
    }

    @Test
    void theRevisionsOfAnAssignedPlanCannotBeChangedEvenInTheDatabase() {
        PlanDetails plan = activePlan(priya, "History");

        assertThatThrownBy(() -> jdbc.update("update plan_item set reps_min = 99 where id = ?",
                plan.items().getFirst().itemId())).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("delete from plan_revision where plan_id = ?", plan.id()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update("update plan set runner_id = ? where id = ?",
                userId("hilltop.runner"), plan.id())).isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"reps 0", "hold -5", "min above max", "nothing to do", "sets 11", "blank title",
            "script title", "end before start", "unknown exercise", "another clinic's exercise", "31 exercises"})
    void badInputIsRefusedWithFieldMessagesAndChangesNothing(String problem) {
        PlanDetails plan = plans.createDraft(jordan, draft("Safe", item("glute-bridge", d -> d)));
        String before = snapshot();

        PlanDraft bad = switch (problem) {
            case "reps 0" -> draft("Plan", item("glute-bridge", d -> d.reps(Range.of(0))));
            case "hold -5" -> draft("Plan", item("glute-bridge", d -> d.hold(Range.of(-5))));
            case "min above max" -> draft("Plan", item("glute-bridge", d -> d.reps(new Range(12, 10))));
            case "nothing to do" -> draft("Plan", item("glute-bridge", d -> d.reps(null).hold(null).duration(null)));
            case "sets 11" -> draft("Plan", item("glute-bridge", d -> d.sets(Range.of(11))));
            case "blank title" -> draft("  ", item("glute-bridge", d -> d));
            case "script title" -> draft("<script>alert(1)</script>", item("glute-bridge", d -> d));
            case "end before start" -> new PlanDraft("Plan", null, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 2, 1), List.of(item("glute-bridge", d -> d)));
            case "unknown exercise" -> draft("Plan", new PlanItemDraft(999_999, Dosage.builder().reps(Range.of(5)).build()));
            case "another clinic's exercise" -> draft("Plan", new PlanItemDraft(hilltopExercise(),
                    Dosage.builder().reps(Range.of(5)).build()));
            case "31 exercises" -> new PlanDraft("Plan", null, LocalDate.of(2026, 1, 5), null,
                    Collections.nCopies(31, item("glute-bridge", d -> d)));
            default -> throw new IllegalArgumentException(problem);
        };

        assertThatThrownBy(() -> plans.save(plan.id(), plan.version(), bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).isNotEmpty());
        assertThatThrownBy(() -> plans.createDraft(jordan, bad)).isInstanceOf(InvalidInputException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void dosageMessagesNameTheItemAndField() {
        PlanDetails plan = plans.createDraft(jordan, draft("Plan", item("glute-bridge", d -> d)));

        assertThatThrownBy(() -> plans.save(plan.id(), plan.version(), draft("Plan",
                item("glute-bridge", d -> d), item("side-plank", d -> d.reps(Range.of(0)).hold(new Range(30, 20))))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("items[1].reps", "Use 1-100 reps")
                        .containsEntry("items[1].holdSeconds", "The first number must not be larger than the second"));
    }

    @Test
    void openingAPlanTakesTheSameNumberOfStatementsForTwoOrTwentyItems() {
        PlanDetails small = plans.createDraft(jordan, draft("Small", item("glute-bridge", d -> d),
                item("side-plank", d -> d)));
        List<PlanItemDraft> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(item(i % 2 == 0 ? "glute-bridge" : "soleus-stretch", d -> d));
        }
        PlanDetails large = plans.createDraft(priya, draft("Large", twenty.toArray(PlanItemDraft[]::new)));

        int forSmall = StatementCounter.countDuring(() -> plans.get(small.id()));
        int forLarge = StatementCounter.countDuring(() -> plans.get(large.id()));

        assertThat(plans.get(large.id()).items()).hasSize(20);
        assertThat(forLarge).isEqualTo(forSmall).isLessThanOrEqualTo(4);
    }

    // ----- helpers -----

    private PlanDetails activePlan(long runnerId, String title) {
        PlanDetails draft = plans.createDraft(runnerId, draft(title, item("glute-bridge", d -> d)));
        return plans.activate(draft.id(), draft.version(), true);
    }

    private PlanDraft draft(String title, PlanItemDraft... items) {
        return new PlanDraft(title, "Keep every exercise pain-free.", LocalDate.of(2026, 1, 5), null, List.of(items));
    }

    private PlanItemDraft item(String code, java.util.function.UnaryOperator<Dosage.Builder> dosage) {
        long id = jdbc.queryForObject("select id from exercise where code = ?", Long.class, code);
        return new PlanItemDraft(id, dosage.apply(Dosage.builder().sets(Range.of(2)).reps(Range.of(10))
                .hold(Range.of(3))).build());
    }

    private long hilltopExercise() {
        return jdbc.queryForObject("""
                insert into exercise (clinic_id, name, category, regions, position, one_side, steps, reps_min,
                                      created_at, updated_at)
                select id, 'Hilltop hill bounds', 'STRENGTHENING', array['CALVES'], 'STANDING', false,
                       array['Bound uphill'], 8, now(), now()
                from clinic where name = 'Hilltop Sports Clinic'
                returning id""", Long.class);
    }

    private long customExercise(String name) {
        return jdbc.queryForObject("""
                insert into exercise (clinic_id, name, category, regions, position, one_side, steps, reps_min,
                                      created_at, updated_at)
                select id, ?, 'STRENGTHENING', array['ANKLE_FOOT'], 'SEATED', false, array['Dome the arch'], 8,
                       now(), now()
                from clinic where name = 'Riverside Physio'
                returning id""", Long.class, name);
    }

    private String snapshot() {
        return jdbc.queryForList("select * from plan order by id").toString()
                + jdbc.queryForList("select * from plan_revision order by id")
                + jdbc.queryForList("select * from plan_item order by id");
    }

    private String status(long planId) {
        return jdbc.queryForObject("select status from plan where id = ?", String.class, planId);
    }

}
