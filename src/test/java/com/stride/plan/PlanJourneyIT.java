package com.stride.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.test.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A PT builds a plan from the hip-strength template, adjusts it and assigns it to a runner. */
class PlanJourneyIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void therapistBuildsAdjustsAndAssignsAPlanFromATemplate() throws IOException {
        signIn("pt.maya", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Priya Nair")).click();
        assertThat(heading("Priya Nair")).isVisible();
        waitForVaadin();
        screenshot("runner-page");

        button("New plan").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Hip strength for runners"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+$"));
        assertThat(itemNames()).hasCount(11);
        assertThat(page.getByText("This plan has 11 exercises.")).isVisible();
        waitForVaadin();
        screenshot("builder-from-template");

        // Change the side lunge to 3 sets × 8-10 reps, each side, 4 days a week.
        itemNames().filter(new Locator.FilterOptions().setHasText("Side lunge")).click();
        assertThat(page.getByText("Dosage of Side lunge")).isVisible();
        field("Sets").fill("3");
        field("Reps").fill("8-10");
        page.locator(".dosage-editor").getByLabel("Sides").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Each side")).click();
        page.getByLabel("Schedule").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Days a week")).click();
        field("Days a week").fill("4");
        field("Days a week").press("Tab");
        assertThat(page.locator(".plan-item").filter(new Locator.FilterOptions().setHasText("Side lunge")))
                .containsText("3 sets × 8-10 reps, each side · 4 days a week");

        // Reorder: the calf raise moves up above the side plank; the standing march goes.
        button("Move Single-leg calf raise up").click();
        waitForVaadin();
        assertThat(itemNames().nth(1)).hasText("Single-leg calf raise");
        button("Remove Standing march").click();
        waitForVaadin();
        assertThat(itemNames()).hasCount(10);
        assertThat(itemNames().filter(new Locator.FilterOptions().setHasText("Standing march"))).hasCount(0);
        waitForVaadin();
        screenshot("builder-adjusted");

        button("Save draft").click();
        assertThat(page.getByText("Draft saved.")).isVisible();
        button("Assign to runner").click();
        assertThat(page.getByText("Assigned: Priya Nair now sees this plan.")).isVisible();
        assertThat(page.locator(".plan-status-line")).containsText("Active");
        waitForVaadin();
        screenshot("assigned");

        long runner = userId("runner.priya");
        Map<String, Object> plan = jdbc.queryForMap("select id, status from plan where runner_id = ?", runner);
        assertThat(plan).containsEntry("status", "ACTIVE");
        List<Map<String, Object>> items = jdbc.queryForList("""
                select e.name, i.sets_min, i.reps_min, i.reps_max, i.sides, i.days_per_week
                from plan_item i join exercise e on e.id = i.exercise_id
                join plan_revision r on r.id = i.revision_id
                where r.plan_id = ? order by i.position""", plan.get("id"));
        assertThat(items).extracting(row -> row.get("name")).containsExactly("Side plank clam",
                "Single-leg calf raise", "Side plank", "Reverse lunge", "Side lunge", "Single-leg Romanian deadlift",
                "Seated glute stretch", "Kneeling hip flexor stretch with overhead reach", "Standing quad stretch",
                "Standing hamstring stretch");
        assertThat(items.get(4)).containsEntry("sets_min", 3).containsEntry("reps_min", 8)
                .containsEntry("reps_max", 10).containsEntry("sides", "EACH").containsEntry("days_per_week", 4);

        Download download = page.waitForDownload(() -> page.getByText("Download PDF").click());
        byte[] pdf = Files.readAllBytes(download.path());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Home exercise plan for Priya Nair", "Side lunge",
                    "3 sets × 8-10 reps, each side · 4 days a week");
        }
        assertThat(download.suggestedFilename()).endsWith(".pdf");
    }

    @Test
    void itemsCanBeReorderedByDragAndDrop() {
        signIn("pt.maya", DEMO_PASSWORD);
        long lena = userId("runner.lena");
        long draft = jdbc.queryForObject("select id from plan where runner_id = ? and status = 'DRAFT'", Long.class, lena);
        open("plans/" + draft);
        assertThat(itemNames().first()).hasText("Kneeling hip flexor stretch");

        // Native HTML5 drag and drop, the way a mouse does it: press, move in steps, release.
        Locator source = itemNames().filter(new Locator.FilterOptions().setHasText("Soleus stretch"));
        source.hover();
        page.mouse().down();
        itemNames().first().hover(new Locator.HoverOptions().setPosition(10, 2));
        itemNames().first().hover(new Locator.HoverOptions().setPosition(12, 3));
        page.mouse().up();
        waitForVaadin();

        assertThat(itemNames().first()).hasText("Soleus stretch");
        assertThat(itemNames().nth(1)).hasText("Kneeling hip flexor stretch");
        screenshot("after-drag");
    }

    @Test
    void theBuilderWorksOnANarrowScreen() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("pt.sam", DEMO_PASSWORD);
        open("runners");
        assertThat(page.getByText("Tom Becker")).isVisible();
        waitForVaadin();
        screenshot("runners-phone");
    }

    private Locator itemNames() {
        return page.locator("vaadin-grid.plan-items-grid .plan-item-name:visible");
    }
}
