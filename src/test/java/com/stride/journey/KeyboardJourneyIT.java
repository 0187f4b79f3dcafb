package com.stride.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Keyboard;
import com.stride.test.BrowserTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The PT's plan journey with the keyboard alone: no click, no fill, only keys (Tab, arrows, Enter,
 * Space, typing). Reading the page to know where the focus is is allowed; touching it is not.
 */
class KeyboardJourneyIT extends BrowserTest {

    /** More than any page here has stops: a focus that never arrives fails instead of looping. */
    private static final int MAX_TABS = 80;

    /**
     * The focused element, through shadow roots, as "tag:name": the accessible name from
     * aria-label, aria-labelledby or the text; a grid body cell as "cell[grid label]:" (a header
     * cell as "header[grid label]:") and its content's text.
     */
    private static final String FOCUSED = """
            () => {
              let e = document.activeElement;
              while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
              if (!e || e === document.body) return 'body:';
              const text = (node) => (node ? node.textContent : '').trim().replace(/\\s+/g, ' ');
              const part = e.getAttribute('part') || '';
              if (part.includes('cell')) {
                const slot = e.querySelector('slot');
                const grid = e.getRootNode().host;
                const name = grid ? grid.accessibleName || grid.getAttribute('aria-label') : null;
                const label = name ? '[' + name + ']' : '';
                return (part.includes('body-cell') ? 'cell' : 'header') + label + ':'
                    + (slot ? slot.assignedElements().map(text).join(' ') : '');
              }
              let name = e.getAttribute('aria-label') || '';
              const ids = e.getAttribute('aria-labelledby');
              if (!name && ids) {
                const root = e.getRootNode();
                name = ids.split(' ').map(id => text(root.getElementById ? root.getElementById(id)
                    : document.getElementById(id))).join(' ').trim();
              }
              return e.tagName.toLowerCase() + ':' + (name || text(e));
            }""";

    @Autowired
    private JdbcTemplate jdbc;

    @BeforeEach
    void clearThrottle() {
        jdbc.update("delete from login_failure");
    }

    @Test
    void aPtBuildsAssignsAndPrintsAPlanWithTheKeyboardOnly() throws IOException {
        Keyboard keys = page.keyboard();
        open("login");
        tabTo(focus -> focus.equals("input:Username"));
        keys.type("pt.maya");
        keys.press("Tab");
        keys.type(DEMO_PASSWORD);
        keys.press("Enter");
        assertThat(heading("Your runners")).isVisible();
        waitForVaadin();

        // The runners grid: Tab lands on a cell, arrows move between rows, Enter reaches the link.
        tabTo(focus -> focus.startsWith("cell[Runners]:"));
        arrowDownTo(focus -> focus.startsWith("cell[Runners]:Priya Nair"));
        keys.press("Enter");
        assertThat(focused()).isEqualTo("a:Priya Nair");
        keys.press("Enter");
        assertThat(heading("Priya Nair")).isVisible();
        waitForVaadin();
        screenshot("1-runner-page");

        tabTo(focus -> focus.equals("vaadin-button:New plan"));
        keys.press("Enter");
        tabTo(focus -> focus.startsWith("vaadin-button:7-move mobility circuit"));
        screenshot("2-template-focused");
        keys.press("Enter");
        assertThat(page).hasURL(Pattern.compile(".*/plans/\\d+$"));
        waitForVaadin();

        // Choose the glute bridge march in the plan's grid (Enter reaches the name's button), then its dosage.
        tabTo(focus -> focus.startsWith("cell[Exercises of the plan]:"));
        keys.press("ArrowRight");
        arrowDownTo(focus -> focus.startsWith("cell[Exercises of the plan]:Glute bridge march"));
        keys.press("Enter");
        assertThat(focused()).isEqualTo("button:Glute bridge march");
        keys.press("Enter");
        assertThat(page.getByText("Dosage of Glute bridge march")).isVisible();
        tabTo(focus -> focus.equals("input:Rounds"));
        replaceWith("2");
        tabTo(focus -> focus.equals("input:Duration"));
        replaceWith("20-30");
        keys.press("Tab");
        assertThat(page.locator(".plan-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Glute bridge march"))).containsText("Circuit 1 · 2 rounds · 20-30 s, alternating sides");
        waitForVaadin();
        screenshot("3-dosage-changed");

        // Find the calf raise despite the typo, and add it from the results grid.
        tabTo(focus -> focus.equals("input:Search exercises"));
        keys.type("calf rase");
        assertThat(page.locator("vaadin-button[aria-label='Add Single-leg calf raise']")).isVisible();
        waitForVaadin();
        tabTo(focus -> focus.startsWith("cell[Exercises]:"));
        arrowDownTo(focus -> focus.startsWith("cell[Exercises]:Single-leg calf raise"));
        keys.press("Enter");
        assertThat(focused()).isEqualTo("vaadin-button:Add Single-leg calf raise");
        keys.press("Enter");
        assertThat(page.locator("vaadin-grid.plan-items-grid .plan-item-name:visible").last())
                .hasText("Single-leg calf raise");
        keys.press("Escape");
        waitForVaadin();
        screenshot("4-calf-raise-added");

        tabTo(focus -> focus.equals("vaadin-button:Save draft"));
        keys.press("Enter");
        assertThat(page.getByText("Draft saved.")).isVisible();
        tabTo(focus -> focus.equals("vaadin-button:Assign to runner"));
        keys.press("Enter");
        assertThat(page.getByText("Assigned: Priya Nair now sees this plan.")).isVisible();
        waitForVaadin();
        screenshot("5-assigned");

        tabTo(focus -> focus.equals("a:Download PDF"));
        Download download = page.waitForDownload(() -> keys.press("Enter"));
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Home exercise plan for Priya Nair", "Circuit: 2 rounds of the next 7 moves",
                    "20-30 s, alternating sides", "Single-leg calf raise");
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from plan p join app_user u on u.id = p.runner_id
                where u.username = 'runner.priya' and p.status = 'ACTIVE'""", Integer.class)).isEqualTo(1);
    }

    private String focused() {
        return (String) page.evaluate(FOCUSED);
    }

    /** Presses Tab until the focus matches; fails with the path the focus took. */
    private void tabTo(Predicate<String> target) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            page.keyboard().press("Tab");
            waitForVaadin();
            String focus = focused();
            if (target.test(focus)) {
                return;
            }
            path.add(focus);
        }
        throw new AssertionError("Tab never reached the element; the focus went: " + String.join(" → ", path));
    }

    private void arrowDownTo(Predicate<String> target) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String focus = focused();
            if (target.test(focus)) {
                return;
            }
            path.add(focus);
            page.keyboard().press("ArrowDown");
        }
        throw new AssertionError("ArrowDown never reached the row; the focus went: " + String.join(" → ", path));
    }

    private void replaceWith(String text) {
        page.keyboard().press("ControlOrMeta+A");
        page.keyboard().type(text);
    }
}
