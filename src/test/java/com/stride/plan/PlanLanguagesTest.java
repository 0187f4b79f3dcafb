package com.stride.plan;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.Bundles;
import com.stride.i18n.Language;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A German PT sees a plan made from a stock template in German and saves it unchanged: the plan
 * keeps the catalogue's stored wording (so a Spanish runner still reads it in Spanish) and gets no
 * new version. A title the PT writes is kept as written.
 */
@IntegrationTest
class PlanLanguagesTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void backToEnglish() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anUnchangedPlanIsStoredAsTheCatalogueHasItAndGetsNoNewVersion() {
        SignIn.as("pt.maya");
        long template = jdbc.queryForObject("select id from plan_template where code = 'glute-bridge-hip-flexor'",
                Long.class);
        PlanDetails created = plans.createFromTemplate(userId("runner.priya"), template);
        plans.activate(created.id(), created.version(), false);
        String english = jdbc.queryForObject("select title from plan_current_revision where plan_id = ?",
                String.class, created.id());

        LocaleContextHolder.setLocale(Language.GERMAN.locale());
        PlanDetails shown = plans.get(created.id());
        assertThat(shown.title()).isEqualTo(Bundles.read(Bundles.STOCK, Language.GERMAN)
                .get("stock.template.glute-bridge-hip-flexor.name"));
        assertThat(shown.items().stream().flatMap(i -> i.dosage().phases().stream()).map(p -> p.label()))
                .contains("Brücke halten");

        PlanDetails saved = plans.save(shown.id(), shown.version(), draftOf(shown, shown.title()));
        assertThat(saved.revision()).isEqualTo(shown.revision());
        assertThat(jdbc.queryForObject("select title from plan_current_revision where plan_id = ?", String.class,
                created.id())).isEqualTo(english);
        assertThat(jdbc.queryForList("""
                select unnest(i.phase_labels) from plan_item i
                join plan_current_revision r on r.revision_id = i.revision_id where r.plan_id = ?""", String.class,
                created.id())).contains("Hold the bridge").doesNotContain("Brücke halten");

        PlanDetails renamed = plans.save(saved.id(), saved.version(), draftOf(saved, "Brücke und Hüfte"));
        assertThat(renamed.title()).isEqualTo("Brücke und Hüfte");
    }

    /** A template saved from that plan by the German PT reads in each reader's language too. */
    @Test
    void aTemplateSavedFromItKeepsTheCataloguesWording() {
        SignIn.as("pt.maya");
        long stock = jdbc.queryForObject("select id from plan_template where code = 'glute-bridge-hip-flexor'",
                Long.class);
        PlanDetails created = plans.createFromTemplate(userId("runner.priya"), stock);

        LocaleContextHolder.setLocale(Language.GERMAN.locale());
        assertThat(plans.get(created.id()).items().stream().flatMap(i -> i.dosage().phases().stream())
                .map(p -> p.label())).contains("Brücke halten");
        long saved = plans.saveAsTemplate(created.id(), "Brücke für Priya").id();

        assertThat(jdbc.queryForObject("select description from plan_template where id = ?", String.class, saved))
                .isEqualTo(jdbc.queryForObject("select description from plan_template where id = ?", String.class,
                        stock));
        assertThat(jdbc.queryForList("select unnest(phase_labels) from plan_template_item where template_id = ?",
                String.class, saved)).contains("Hold the bridge").doesNotContain("Brücke halten");
        assertThat(jdbc.queryForObject("select name from plan_template where id = ?", String.class, saved))
                .isEqualTo("Brücke für Priya");
    }

    private static PlanDraft draftOf(PlanDetails plan, String title) {
        List<PlanItemDraft> items = plan.items().stream()
                .map(item -> new PlanItemDraft(item.exerciseId(), item.dosage(), item.circuit())).toList();
        return new PlanDraft(title, plan.goal(), plan.startDate(), plan.endDate(), items);
    }
}
