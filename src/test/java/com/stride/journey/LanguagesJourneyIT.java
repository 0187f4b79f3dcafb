package com.stride.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.stride.i18n.Bundles;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.stride.test.BrowserTest;
import com.stride.test.EnglishLeaks;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spanish-speaking runner and a German-speaking PT of the same clinic, each with a browser in
 * their language: the runner signs in, ticks an exercise, records a 7 and reads what to do, then
 * chooses Spanish for good; the PT sees the flag, the plan and the runner's Spanish handout. No
 * English word is left on any of their screens, beyond names and the plan's own title.
 */
class LanguagesJourneyIT extends BrowserTest {

    private static final Language ES = Language.SPANISH;
    private static final Language DE = Language.GERMAN;

    /** What people wrote (names, the clinic, an email address) and the brand: not our words. */
    private static final List<String> NAMES = List.of("hilltop.runner@demo.stride.invalid", "Chris Walsh",
            "Diego Ruiz", "Hilltop Sports Clinic",
            "Hilltop Sports", "Stride", "PDF");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSpanishRunnerAndAGermanPtUseTheWholeJourneyInTheirLanguages() throws Exception {
        String stretch = stock(ES, "kneeling-hip-flexor-stretch");

        // ----- the runner, on a phone whose browser speaks Spanish
        useViewport(PHONE_WIDTH, PHONE_HEIGHT, "es-ES");
        signInIn(ES, "hilltop.runner", "1-login-es-phone");

        assertThat(heading(Text.get(ES, "log.today.title"))).isVisible();
        assertThat(page.getByText(stretch).first()).isVisible();
        noEnglish("Today");
        screenshot("2-today-es-phone");

        button(Text.get(ES, "log.card.markDone", "name", stretch)).click();
        page.locator(".how-it-went").getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("7")
                .setExact(true)).check();
        button(Text.get(ES, "log.session.save")).click();
        assertThat(page.locator(".pain-advice")).isVisible();
        noEnglish("Today after a 7");
        screenshot("3-advice-es-phone");

        open("history");
        assertThat(heading(Text.get(ES, "log.history.title"))).isVisible();
        noEnglish("History");
        screenshot("4-history-es-phone");

        // the runner's own choice, for good: the handout their PT prints will be in Spanish too
        open("preferences");
        page.getByText(Language.SPANISH.autonym()).click();
        button(Text.get(ES, "account.preferences.save")).click();
        waitForVaadin();
        assertThat(jdbc.queryForObject("select language from app_user where username = 'hilltop.runner'",
                String.class)).isEqualTo("es");
        noEnglish("Preferences");
        screenshot("5-preferences-es-phone");

        // ----- the PT, at a desk, with a German browser
        useViewport(1280, 800, "de-DE");
        signInIn(DE, "hilltop.pt", "6-login-de-desk");
        assertThat(heading(Text.get(DE, "plan.runners.headingMine"))).isVisible();
        noEnglish("Runners");
        screenshot("7-runners-de-desk");

        page.getByText("Chris Walsh").first().click();
        // the plan's title, the stock template's name, in the PT's language
        assertThat(page.getByText(Bundles.read(Bundles.STOCK, DE).get("stock.template.post-run-stretches.name"))
                .first()).isVisible();
        assertThat(heading("Chris Walsh")).isVisible();
        assertThat(page.getByText(Text.get(DE, "log.flagKind.PAIN_HIGH", "max", 5)).first()).isVisible();
        // dates in German: the plan's start, written the German way
        LocalDate start = jdbc.queryForObject("""
                select p.start_date from plan p join app_user u on u.id = p.runner_id
                where u.username = 'hilltop.runner' and p.status = 'ACTIVE'""", LocalDate.class);
        assertThat(page.getByText(DateTimeFormatter.ofPattern(Text.get(DE, "base.format.date"), Locale.GERMAN)
                .format(start), new com.microsoft.playwright.Page.GetByTextOptions().setExact(false)).first())
                .isVisible();
        noEnglish("the runner's page");
        screenshot("8-runner-de-desk");

        long planId = jdbc.queryForObject("""
                select p.id from plan p join app_user u on u.id = p.runner_id
                where u.username = 'hilltop.runner' and p.status = 'ACTIVE'""", Long.class);
        open("plans/" + planId);
        assertThat(page.getByText(stock(DE, "kneeling-hip-flexor-stretch")).first()).isVisible();
        noEnglish("the plan");
        screenshot("9-plan-de-desk");

        Download download = page.waitForDownload(() -> page.getByText(Text.get(DE, "plan.actions.pdf")).click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            // the handout is for the runner: in Spanish, the stock exercise and its dosage too
            assertThat(text).contains(stretch, Text.get(ES, "plan.handout.title", "runner", "Chris Walsh"));
            // the plan's title and goal were taken over from a stock template: in Spanish too
            assertThat(EnglishLeaks.in(text, NAMES)).as("English in the Spanish handout").isEmpty();
        }
        download.saveAs(java.nio.file.Paths.get("target/screenshots/LanguagesJourneyIT/10-handout-es.pdf"));
    }

    /** Signs in on a sign-in page that follows the browser's language, which must show no English. */
    private void signInIn(Language language, String username, String screenshot) {
        open("login");
        assertThat(page.getByLabel(Text.get(language, "security.login.form.username"))).isVisible();
        noEnglish("login");
        screenshot(screenshot);
        page.getByLabel(Text.get(language, "security.login.form.username")).fill(username);
        page.getByLabel(Text.get(language, "security.login.form.password"), new com.microsoft.playwright.Page
                .GetByLabelOptions().setExact(true)).fill(DEMO_PASSWORD);
        button(Text.get(language, "security.login.form.submit")).click();
    }

    private void noEnglish(String where) {
        waitForVaadin();
        String text = (String) page.evaluate("() => document.body.innerText");
        assertThat(EnglishLeaks.in(text, NAMES)).as("English words on " + where).isEmpty();
    }

    private static String stock(Language language, String code) {
        return Bundles.read(Bundles.STOCK, language).get("stock." + code + ".name");
    }
}
