package com.stride.plan;

import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.RecordNotFoundException;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.Range;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The handout opens as a PDF, holds every item, and is only for the plan's clinic. */
@IntegrationTest
class PlanHandoutTest {

    @Autowired
    private PlanService plans;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theHandoutContainsTheClinicTheRunnerAndEveryExercise() throws IOException {
        SignIn.as("pt.maya");
        long template = jdbc.queryForObject("select id from plan_template where code = 'hip-strength'", Long.class);
        PlanDetails plan = plans.createFromTemplate(userId("runner.priya"), template);

        PlanService.Handout handout = plans.handout(plan.id());

        assertThat(handout.fileName()).isEqualTo("priya-nair-hip-strength-for-runners.pdf");
        try (PDDocument pdf = Loader.loadPDF(handout.pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Riverside Physio", "Home exercise plan for Priya Nair",
                    "Hip strength for runners", "prepared by Maya Chen", "How much may it hurt?");
            for (PlanItemView item : plan.items()) {
                assertThat(text).contains(item.exerciseName(), item.dosage().summary(), item.steps().getFirst());
            }
            assertThat(text).contains("Note from your physical therapist: Build up to 20 on each side.");
            Path pages = Path.of("target/screenshots/PlanHandoutTest");
            Files.createDirectories(pages);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, 60);
                ImageIO.write(image, "png", pages.resolve("handout-page-" + (page + 1) + ".png").toFile());
            }
            assertThat(pdf.getNumberOfPages()).isBetween(2, 6);
        }
    }

    @Test
    void namesInOtherScriptsAndAnEmptyPlanPrintAsTyped() throws IOException {
        jdbc.update("update app_user set display_name = 'Jiří Dvořák-Łódź' where username = 'runner.lena'");
        SignIn.as("pt.maya");
        PlanDetails plan = plans.createDraft(userId("runner.lena"), new PlanDraft("Άσκηση: plan for Łukasz",
                "Разминка first, then stretch.", java.time.LocalDate.of(2026, 2, 1), null, java.util.List.of()));

        PlanService.Handout handout = plans.handout(plan.id());

        try (PDDocument pdf = Loader.loadPDF(handout.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Jiří Dvořák-Łódź", "Άσκηση: plan for Łukasz", "Разминка first",
                    "No exercises yet.");
        }
        assertThat(handout.fileName()).isEqualTo("jiri-dvorak-odz-plan-for-ukasz.pdf");
    }

    /** Emoji, Hebrew and symbols print from the fallback fonts; what no font has prints as a box, not nothing. */
    @Test
    void emojiAndOtherScriptsPrintFromTheFallbackFonts() throws IOException {
        SignIn.as("pt.maya");
        String goal = "Run pain-free \uD83C\uDFC3\u200D\u2640\uFE0F \u2764\uFE0F \u2713 | \u05E8\u05D9\u05E6\u05D4 | "
                + "\u819D";
        PlanDetails plan = plans.createDraft(userId("runner.lena"), new PlanDraft("Plan \uD83D\uDCAA\uD83C\uDFFD",
                goal, java.time.LocalDate.of(2026, 2, 1), null, java.util.List.of()));

        PlanService.Handout handout = plans.handout(plan.id());

        try (PDDocument pdf = Loader.loadPDF(handout.pdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Plan \uD83D\uDCAA", "Run pain-free \uD83C\uDFC3\u2640 \u2764 \u2713",
                    HandoutText.MISSING);
            assertThat(text).as("Hebrew, in the order PDF text runs").containsAnyOf("\u05E8\u05D9\u05E6\u05D4",
                    "\u05D4\u05E6\u05D9\u05E8");
            Path pages = Path.of("target/screenshots/PlanHandoutTest");
            Files.createDirectories(pages);
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 110), "png",
                    pages.resolve("handout-emoji.png").toFile());
        }
    }

    @Test
    void aCircuitIsPrintedAsRoundsOfItsMoves() throws IOException {
        SignIn.as("pt.maya");
        long template = jdbc.queryForObject("select id from plan_template where code = 'mobility-circuit'", Long.class);
        PlanDetails plan = plans.createFromTemplate(userId("runner.priya"), template);

        try (PDDocument pdf = Loader.loadPDF(plans.handout(plan.id()).pdf())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Circuit: 1-2 rounds of the next 7 moves",
                    "Do the moves one after the other, then start the next round.",
                    "1. 90/90 hip switches 30-60 s, alternating sides");
            assertThat(text).doesNotContain("1-2 sets");
            Path pages = Path.of("target/screenshots/PlanHandoutTest");
            Files.createDirectories(pages);
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 80), "png",
                    pages.resolve("handout-circuit.png").toFile());
        }
    }

    /** Issue 15: every stock exercise prints with its drawing, drawn as vectors (a form XObject each). */
    @Test
    void everyStockExercisePrintsWithItsDrawing() throws IOException {
        SignIn.as("pt.maya");
        List<PlanItemDraft> items = jdbc.query("""
                        select id, sets_min, reps_min from exercise where clinic_id is null order by code""",
                (row, n) -> new PlanItemDraft(row.getLong("id"), Dosage.builder().reps(Range.of(10)).build()));
        assertThat(items).hasSize(28);
        PlanDetails plan = plans.createDraft(userId("runner.priya"),
                new PlanDraft("Every drawing", null, LocalDate.now(), null, items));

        try (PDDocument pdf = Loader.loadPDF(plans.handout(plan.id()).pdf())) {
            int drawings = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDFormXObject) {
                        drawings++;
                    }
                }
            }
            assertThat(drawings).isEqualTo(28);
            Path pages = Path.of("target/screenshots/PlanHandoutTest");
            Files.createDirectories(pages);
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                        pages.resolve("every-drawing-page-" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** Issue 18: the handout is in the runner's language, whatever the PT's is; dates too. */
    @Test
    void theHandoutIsWrittenInTheRunnersLanguage() throws IOException {
        jdbc.update("update app_user set language = 'de' where username = 'runner.priya'");
        try {
            SignIn.as("pt.maya");
            long template = jdbc.queryForObject("select id from plan_template where code = 'mobility-circuit'",
                    Long.class);
            PlanDetails plan = plans.createFromTemplate(userId("runner.priya"), template);

            try (PDDocument pdf = Loader.loadPDF(plans.handout(plan.id()).pdf())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                String start = DateTimeFormatter.ofPattern("d. MMM yyyy", Locale.GERMAN).format(plan.startDate());
                assertThat(text).contains("Heimübungsplan für Priya Nair", "Ab " + start,
                        "erstellt von Maya Chen", "Zirkel: 1-2 Runden der nächsten 7 Übungen",
                        "Machen Sie die Übungen direkt nacheinander und beginnen Sie dann die nächste Runde.",
                        "Wie weh darf es tun?", "0-3 ist in Ordnung, 4-5 ist akzeptabel, über 5 ist zu viel",
                        "Stride-Heimübungsplan", "Seite 1");
                assertThat(text).doesNotContain("How much may it hurt?", "Home exercise plan for");
            }
        } finally {
            jdbc.update("update app_user set language = null where username = 'runner.priya'");
        }
    }

    /** A runner who chose no language reads their clinic's default. */
    @Test
    void withoutAChoiceTheHandoutIsInTheClinicsLanguage() throws IOException {
        long clinic = jdbc.queryForObject("select clinic_id from app_user where username = 'runner.priya'", Long.class);
        String before = jdbc.queryForObject("select default_language from clinic where id = ?", String.class, clinic);
        jdbc.update("update clinic set default_language = 'es' where id = ?", clinic);
        try {
            SignIn.as("pt.maya");
            PlanDetails plan = plans.createDraft(userId("runner.priya"), new PlanDraft("Rodillas", null,
                    LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), List.of()));

            try (PDDocument pdf = Loader.loadPDF(plans.handout(plan.id()).pdf())) {
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
                String from = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("es")).format(plan.startDate());
                String to = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.of("es")).format(plan.endDate());
                assertThat(text).contains("Plan de ejercicios en casa para Priya Nair", "Del " + from + " al " + to,
                        "Todavía no hay ejercicios.", "¿Cuánto puede doler?", "Página 1");
            }
        } finally {
            jdbc.update("update clinic set default_language = ? where id = ?", before, clinic);
        }
    }

    @Test
    void anotherClinicCannotDownloadIt() {
        SignIn.as("pt.maya");
        long template = jdbc.queryForObject("select id from plan_template where code = 'mobility-circuit'", Long.class);
        PlanDetails plan = plans.createFromTemplate(userId("runner.priya"), template);

        SignIn.as("hilltop.pt");
        assertThatThrownBy(() -> plans.handout(plan.id())).isInstanceOf(RecordNotFoundException.class);
    }

}
