package com.stride.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.Bundles;
import com.stride.i18n.Language;
import com.stride.test.IntegrationTest;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stock catalogue in German and Spanish matches the database item for item: every stock
 * exercise has its name, as many steps, tips, muscles and phases as the stored English, in the
 * same order, and nothing is left untranslated; every stock template its name and description.
 */
@IntegrationTest
class StockTranslationsTest {

    private static final Pattern KEY = Pattern.compile("stock\\.(template\\.)?([a-z0-9-]+)\\.([a-zA-Z]+)(\\..*)?");

    /** Names German physiotherapists use in English too. */
    private static final Set<String> NAMES_KEPT_IN_ENGLISH = Set.of("stock.worlds-greatest-stretch.name");

    @Autowired
    private JdbcTemplate jdbc;

    record Stock(String code, String name, List<String> steps, List<String> tips, List<String> muscles,
                 List<String> phases) {
    }

    private List<Stock> exercises() {
        return jdbc.query("""
                select code, name, steps, tips, muscles, phase_labels from exercise
                where clinic_id is null order by code""", (row, n) -> new Stock(row.getString(1), row.getString(2),
                list(row.getArray(3)), list(row.getArray(4)), list(row.getArray(5)), list(row.getArray(6))));
    }

    private static List<String> list(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    @Test
    void everyStockExerciseHasItsWholeTextInEveryLanguage() {
        List<String> problems = new ArrayList<>();
        for (Language language : List.of(Language.GERMAN, Language.SPANISH)) {
            Map<String, String> texts = Bundles.read(Bundles.STOCK, language);
            for (Stock stock : exercises()) {
                String prefix = "stock." + stock.code() + ".";
                check(problems, language, texts, prefix + "name", stock.name());
                checkList(problems, language, texts, prefix + "step.", stock.steps());
                checkList(problems, language, texts, prefix + "tip.", stock.tips());
                checkList(problems, language, texts, prefix + "muscle.", stock.muscles());
                checkList(problems, language, texts, prefix + "phase.", stock.phases());
                com.stride.catalogue.illustration.StockIllustrations.of(stock.code()).ifPresent(drawing ->
                        check(problems, language, texts, prefix + "drawing", drawing.alt()));
                if (!texts.containsKey(prefix + "alias.1")) {
                    problems.add(language + " " + stock.code() + " has no search words");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theEnglishTextsThatPlansTakeOverAreTheDatabases() {
        Map<String, String> stored = new java.util.HashMap<>();
        for (Stock stock : exercises()) {
            for (int i = 1; i <= stock.phases().size(); i++) {
                stored.put("stock." + stock.code() + ".phase." + i, stock.phases().get(i - 1));
            }
        }
        jdbc.query("select code, dose_note from exercise where clinic_id is null and dose_note is not null",
                row -> { stored.put("stock." + row.getString(1) + ".doseNote", row.getString(2)); });
        jdbc.query("select code, name, description from plan_template where clinic_id is null", row -> {
            stored.put("stock.template." + row.getString(1) + ".name", row.getString(2));
            if (row.getString(3) != null) {
                stored.put("stock.template." + row.getString(1) + ".description", row.getString(3));
            }
        });
        jdbc.query("""
                select t.code, i.position, i.dose_note from plan_template_item i
                join plan_template t on t.id = i.template_id
                where t.clinic_id is null and i.dose_note is not null""", row -> {
            stored.put("stock.template." + row.getString(1) + ".item." + row.getInt(2) + ".doseNote",
                    row.getString(3));
        });
        assertThat(Bundles.read(Bundles.STOCK, Language.ENGLISH)).isEqualTo(stored);
    }

    @Test
    void aPlanMadeFromAStockTemplateReadsInTheReadersLanguage() {
        String name = jdbc.queryForObject("select name from plan_template where code = 'post-run-stretches'",
                String.class);
        try {
            LocaleContextHolder.setLocale(Language.SPANISH.locale());
            assertThat(StockText.taken(name)).isEqualTo(Bundles.read(Bundles.STOCK, Language.SPANISH)
                    .get("stock.template.post-run-stretches.name"));
            assertThat(StockText.taken("Post-run stretches, my way")).isEqualTo("Post-run stretches, my way");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void everyStockTemplateHasItsNameAndDescription() {
        List<String> problems = new ArrayList<>();
        for (Language language : List.of(Language.GERMAN, Language.SPANISH)) {
            Map<String, String> texts = Bundles.read(Bundles.STOCK, language);
            jdbc.query("select code, name, description from plan_template where clinic_id is null", row -> {
                String prefix = "stock.template." + row.getString(1) + ".";
                check(problems, language, texts, prefix + "name", row.getString(2));
                if (row.getString(3) != null) {
                    check(problems, language, texts, prefix + "description", row.getString(3));
                }
            });
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTranslationNamesAStockCodeThatDoesNotExist() {
        Set<String> codes = new HashSet<>(jdbc.queryForList("select code from exercise where clinic_id is null",
                String.class));
        Set<String> templates = new HashSet<>(jdbc.queryForList(
                "select code from plan_template where clinic_id is null", String.class));
        List<String> unknown = new ArrayList<>();
        for (Language language : List.of(Language.GERMAN, Language.SPANISH)) {
            for (String key : Bundles.read(Bundles.STOCK, language).keySet()) {
                Matcher matcher = KEY.matcher(key);
                boolean known = matcher.matches() && (matcher.group(1) == null ? codes : templates)
                        .contains(matcher.group(2));
                if (!known) {
                    unknown.add(language + " " + key);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void theCatalogueShowsTheStockTextOfTheReadersLanguageAndAClinicsOwnAsWritten() {
        Stock bridge = exercises().stream().filter(s -> s.code().equals("glute-bridge")).findFirst().orElseThrow();
        try {
            LocaleContextHolder.setLocale(Language.GERMAN.locale());
            assertThat(StockText.name("glute-bridge", bridge.name()))
                    .isEqualTo(Bundles.read(Bundles.STOCK, Language.GERMAN).get("stock.glute-bridge.name"))
                    .isNotEqualTo(bridge.name());
            assertThat(StockText.steps("glute-bridge", bridge.steps())).hasSameSizeAs(bridge.steps())
                    .doesNotContainAnyElementsOf(bridge.steps());
            assertThat(StockText.name(null, "Wall sit (our own)")).isEqualTo("Wall sit (our own)");
            // a list whose translation does not match item for item stays whole in English
            assertThat(StockText.steps("glute-bridge", List.of("Only one step"))).containsExactly("Only one step");
            LocaleContextHolder.setLocale(Language.ENGLISH.locale());
            assertThat(StockText.name("glute-bridge", bridge.name())).isEqualTo(bridge.name());
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    private static void check(List<String> problems, Language language, Map<String, String> texts, String key,
                              String english) {
        String text = texts.get(key);
        if (text == null || text.isBlank()) {
            problems.add(language + " lacks " + key);
        } else if (text.equals(english) && english.length() > 12 && !NAMES_KEPT_IN_ENGLISH.contains(key)) {
            problems.add(language + " " + key + " is still the English \"" + english + "\"");
        }
    }

    private static void checkList(List<String> problems, Language language, Map<String, String> texts, String prefix,
                                  List<String> english) {
        for (int i = 1; i <= english.size(); i++) {
            check(problems, language, texts, prefix + i, english.get(i - 1));
        }
        if (texts.containsKey(prefix + (english.size() + 1))) {
            problems.add(language + " has more " + prefix + " items than the database's " + english.size());
        }
    }
}
