package com.stride.catalogue;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import com.stride.catalogue.illustration.StockIllustrations;
import com.stride.test.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A PT finds exercises with typos and filters, and adds a custom exercise with a picture. */
class CatalogueJourneyIT extends BrowserTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void therapistSearchesFiltersAndOpensAnExercise() {
        signIn("pt.maya", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Exercises")).click();
        assertThat(page).hasURL(Pattern.compile(".*/catalogue$"));
        int visible = jdbc.queryForObject("""
                select count(*) from exercise e join clinic c on e.clinic_id = c.id or e.clinic_id is null
                where c.name = 'Riverside Physio' and e.archived_at is null""", Integer.class);
        assertThat(page.getByText(visible + " exercises")).isVisible();
        waitForVaadin();
        screenshot("catalogue-desktop");

        page.getByLabel("Search exercises").fill("hamstrng");
        assertThat(page).hasURL(Pattern.compile(".*/catalogue\\?q=hamstrng$"));
        assertThat(rowNames().first()).hasText("Standing hamstring stretch");
        waitForVaadin();
        screenshot("search-typo");

        // The search lives in the URL: opening the link again shows the same results.
        open("catalogue?q=calf&equipment=wall&side=one");
        assertThat(page.getByText("4 exercises")).isVisible();
        assertThat(rowNames()).hasCount(4);
        // the calf raises steady on a wall or a table: either counts as "wall"
        org.assertj.core.api.Assertions.assertThat(rowNames().allTextContents()).containsExactlyInAnyOrder(
                "Single-leg calf raise", "Single-leg calf raise with a weight", "Standing calf stretch",
                "Soleus stretch");

        rowNames().filter(new Locator.FilterOptions().setHasText("Soleus stretch")).click();
        assertThat(page).hasURL(Pattern.compile(".*/catalogue/\\d+$"));
        assertThat(heading("Soleus stretch")).isVisible();
        assertThat(page.getByText("2 reps, hold 30 s, each side")).isVisible();
        Locator drawing = page.locator(".exercise-drawing img");
        assertThat(drawing).hasAttribute("alt", Pattern.compile("Facing a wall with both hands on it.*"));
        // the drawing really loads, and is the animated one
        page.waitForFunction("() => { const i = document.querySelector('.exercise-drawing img');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertThat(drawing.evaluate("i => i.currentSrc")).asString().contains("soleus-stretch.svg");
        waitForVaadin();
        screenshot("exercise-desktop");
        // the movement stops on request (the still poses), and starts again
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop the movement")).click();
        assertThat(drawing).hasAttribute("src", Pattern.compile(".*soleus-stretch-poses\\.svg.*"));
        waitForVaadin();
        screenshot("exercise-drawing-stopped");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the movement")).click();
        assertThat(drawing).hasAttribute("src", Pattern.compile(".*soleus-stretch\\.svg.*"));
    }

    /** Every stock drawing is served and renders; all their poses are kept in one screenshot to look at. */
    @Test
    void everyStockExerciseHasItsDrawing() {
        useViewport(1400, 900);
        signIn("pt.maya", DEMO_PASSWORD);
        List<String> codes = jdbc.queryForList("select code from exercise where clinic_id is null order by code",
                String.class);
        assertThat(codes).hasSize(28).containsExactlyInAnyOrderElementsOf(StockIllustrations.codes());
        for (String code : codes) {
            APIResponse response = page.request().get(url("catalogue/illustrations/" + code + "-poses.svg"));
            assertThat(response.status()).as(code).isEqualTo(200);
            assertThat(response.headers().get("content-type")).as(code).isEqualTo("image/svg+xml");
        }
        // the strips side by side on one page of the app (same origin, so signed in)
        page.evaluate("codes => { document.body.innerHTML = codes.map(c => '<figure style=\"display:inline-block;'"
                + " + 'margin:4px\"><img style=\"height:120px\" src=\"catalogue/illustrations/' + c"
                + " + '-poses.svg\"><figcaption>' + c + '</figcaption></figure>').join(''); }", codes);
        page.waitForFunction("() => [...document.images].every(i => i.complete && i.naturalWidth > 0)");
        screenshot("all-drawings");
    }

    @Test
    void catalogueWorksOnAPhone() {
        useViewport(PHONE_WIDTH, PHONE_HEIGHT);
        signIn("pt.sam", DEMO_PASSWORD);
        open("catalogue?q=glute%20bridge");
        assertThat(rowNames().first()).hasText("Glute bridge");
        waitForVaadin();
        screenshot("catalogue-phone");
        assertThat(page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth")).isEqualTo(false);

        // every row's drawing thumbnail loads
        page.waitForFunction("() => [...document.querySelectorAll('vaadin-grid img.exercise-thumb:not([hidden])')]"
                + ".every(i => i.complete && i.naturalWidth > 0)");

        rowNames().first().click();
        assertThat(heading("Glute bridge")).isVisible();
        waitForVaadin();
        screenshot("exercise-phone");

        // asking the phone for reduced motion shows the poses side by side instead
        page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
        page.reload();
        assertThat(heading("Glute bridge")).isVisible();
        page.waitForFunction("() => { const i = document.querySelector('.exercise-drawing img');"
                + " return i && i.complete && i.currentSrc.includes('glute-bridge-poses.svg'); }");
        waitForVaadin();
        screenshot("exercise-phone-reduced-motion");
    }

    @Test
    void therapistCreatesACustomExerciseWithPicturesInOrder() throws IOException {
        signIn("pt.maya", DEMO_PASSWORD);
        open("catalogue/new");
        assertThat(heading("New exercise")).isVisible();

        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Towel scrunches");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Strengthening")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Ankle and foot")).check();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Seated")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Step 1").setExact(true)).fill("Sit on a chair with a small towel flat under one foot.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add step")).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Step 2").setExact(true)).fill("Curl your toes to pull the towel toward you, then relax them.");
        page.getByLabel("Reps", new Page.GetByLabelOptions().setExact(true)).fill("10-15");
        page.locator(".dosage-editor").getByLabel("Sides").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Each side")).click();
        assertThat(page.getByText("2 sets × 10-15 reps, each side")).isVisible();
        page.locator("vaadin-upload input[type=file]").setInputFiles(Path.of("src/test/resources/images/exercise.png"));
        assertThat(page.getByAltText("Picture 1 of the exercise")).isVisible();
        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(Path.of("src/test/resources/images/exercise-step-2.png"));
        assertThat(page.getByAltText("Picture 2 of the exercise")).isVisible();
        assertThat(page.getByText("2 of 6 pictures")).isVisible();
        // the second picture goes first
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move picture 2 earlier")).click();
        waitForVaadin();
        screenshot("new-exercise-form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(heading("Towel scrunches")).isVisible();
        assertThat(page.getByText("Custom exercise")).isVisible();
        assertThat(page.getByAltText("Step 1 of 2: Towel scrunches")).isVisible();
        assertThat(page.getByAltText("Step 2 of 2: Towel scrunches")).isVisible();
        waitForVaadin();
        screenshot("custom-exercise");
        var saved = jdbc.queryForMap("""
                select e.name, e.reps_min, e.reps_max, e.sides, c.name as clinic, i.content_type
                from exercise e join clinic c on c.id = e.clinic_id join exercise_image i on i.exercise_id = e.id
                where e.name = 'Towel scrunches' and i.position = 1""");
        assertThat(saved).containsEntry("reps_min", 10).containsEntry("reps_max", 15)
                .containsEntry("sides", "EACH").containsEntry("clinic", "Riverside Physio")
                .containsEntry("content_type", "image/png");
        // in the order the PT set: the step-2 file first
        assertThat(jdbc.queryForList("""
                select i.byte_size from exercise_image i join exercise e on e.id = i.exercise_id
                where e.name = 'Towel scrunches' order by i.position""", Integer.class))
                .containsExactly((int) Files.size(Path.of("src/test/resources/images/exercise-step-2.png")),
                        (int) Files.size(Path.of("src/test/resources/images/exercise.png")));
    }

    @Test
    void aFakeImageIsRefusedWithAClearMessage() {
        signIn("pt.maya", DEMO_PASSWORD);
        open("catalogue/new");

        page.locator("vaadin-upload input[type=file]")
                .setInputFiles(Path.of("src/test/resources/images/not-an-image.png"));

        assertThat(page.getByText("This file is not a PNG, JPEG or WebP image.")).isVisible();
        waitForVaadin();
        screenshot("fake-image-refused");
    }

    private Locator rowNames() {
        return page.locator("vaadin-grid .exercise-name:not([hidden])");
    }
}
