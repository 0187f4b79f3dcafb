package com.stride.test;

import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.plan.PlanDetails;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Plans that tests assign the way a PT would, through the plan service. */
public final class TestPlans {

    private TestPlans() {
    }

    /** The stock dose of the glute bridge with single-leg extension (V11): two phases, alternating legs. */
    public static final Dosage BRIDGE_WITH_EXTENSION = Dosage.builder().reps(Range.of(10, 12))
            .sides(com.stride.catalogue.Sides.ALTERNATING).timesPerDay(Range.of(2, 3))
            .phases(List.of(new com.stride.catalogue.Phase("Hold the bridge", Range.of(3, 5)),
                    new com.stride.catalogue.Phase("Extend one knee and hold", Range.of(5, 10)))).build();

    /**
     * Priya's plan, from today, once a day: glute bridge (2 × 10, hold 5 s), kneeling hip flexor
     * stretch (3 holds of 20-30 s, each side) and single-leg calf raise (3 × 15, each side).
     */
    public static PlanDetails assignPriyaPlan(PlanService plans, JdbcTemplate jdbc, LocalDate today) {
        long priya = TestApplication.userId("runner.priya");
        List<PlanItemDraft> items = List.of(
                new PlanItemDraft(stock(jdbc, "glute-bridge"),
                        Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).hold(Range.of(5)).build()),
                new PlanItemDraft(stock(jdbc, "kneeling-hip-flexor-stretch"),
                        Dosage.builder().reps(Range.of(3)).hold(Range.of(20, 30)).perSide(true)
                                .note("Keep your chest upright.").build()),
                new PlanItemDraft(stock(jdbc, "single-leg-calf-raise"),
                        Dosage.builder().sets(Range.of(3)).reps(Range.of(15)).perSide(true).build()));
        return SignIn.as("pt.maya", () -> {
            PlanDetails draft = plans.createDraft(priya, new PlanDraft("Hip and calf strength", null, today, null,
                    items));
            return plans.activate(draft.id(), draft.version(), false);
        });
    }

    public static long stock(JdbcTemplate jdbc, String code) {
        return jdbc.queryForObject("select id from exercise where code = ? and clinic_id is null", Long.class, code);
    }
}
