package com.stride.security;

import static com.stride.security.AccessMatrixTest.Outcome.DENIED;
import static com.stride.security.AccessMatrixTest.Outcome.HOME;
import static com.stride.security.AccessMatrixTest.Outcome.INVALID;
import static com.stride.security.AccessMatrixTest.Outcome.LOGIN;
import static com.stride.security.AccessMatrixTest.Outcome.NOT_FOUND;
import static com.stride.security.AccessMatrixTest.Outcome.NOT_LISTED;
import static com.stride.security.AccessMatrixTest.Outcome.OK;
import static com.stride.security.AccessMatrixTest.Outcome.OPEN;
import static com.stride.security.AccessMatrixTest.Outcome.SEES;
import static com.stride.test.TestApplication.userId;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.stride.account.AccountAdminService;
import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import com.stride.account.AccountChanges;
import com.stride.account.AccountProvisioning;
import com.stride.account.AccountSearch;
import com.stride.account.NewAccount;
import com.stride.account.PasswordService;
import com.stride.account.TwoStepEnrolment;
import com.stride.account.TwoStepService;
import com.stride.audit.AuditFilter;
import com.stride.audit.AuditService;
import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.ExerciseStepService;
import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseDraft;
import com.stride.catalogue.ExerciseEquipment;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.Position;
import com.stride.catalogue.Range;
import com.stride.catalogue.SearchCriteria;
import com.stride.log.Entry;
import com.stride.log.EntryStatus;
import com.stride.log.FlagKind;
import com.stride.log.WarningSign;
import com.stride.log.ProgressService;
import com.stride.log.RunnerDay;
import com.stride.log.RunnerLogService;
import com.stride.plan.PlanDraft;
import com.stride.plan.PlanItemDraft;
import com.stride.plan.PlanService;
import com.stride.plan.RunnerScope;
import com.stride.plan.RunnerService;
import com.stride.plan.Suggestion;
import com.stride.plan.SuggestionService;
import com.stride.test.KaribuTest;
import com.stride.test.RouteCatalog;
import com.stride.test.SignIn;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Who may do what: every registered route and every public method of every {@code @Service}, for
 * seven actors, against one declared table. A route or service method missing from the tables
 * fails the build, and so does a row for something that no longer exists.
 *
 * <p>The subject of every cell is Riverside Physio's runner Jordan (his plan, his sessions, his
 * account), a custom exercise of Riverside, and Riverside's audit log. "Other" actors are Tom
 * (another runner of Riverside) and the PT and admin of Hilltop Sports Clinic. Each service call
 * runs in its own transaction that is rolled back, so every cell starts from the same data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends KaribuTest {

    enum Actor {
        ANONYMOUS(null, null, null),
        RUNNER("runner.jordan", Role.RUNNER, "today"),
        OTHER_RUNNER("runner.tom", Role.RUNNER, "today"),
        PT("pt.maya", Role.THERAPIST, "runners"),
        OTHER_CLINIC_PT("hilltop.pt", Role.THERAPIST, "runners"),
        ADMIN("admin", Role.ADMIN, "accounts"),
        OTHER_CLINIC_ADMIN("hilltop.admin", Role.ADMIN, "accounts");

        final String username;
        final Role role;
        final String home;

        Actor(String username, Role role, String home) {
            this.username = username;
            this.role = role;
            this.home = home;
        }
    }

    /**
     * Routes: OPEN (the view shows), LOGIN (sent to sign in), HOME (sent to their own start page),
     * DENIED ("not available to you"), NOT_FOUND (the record is not theirs: "not found").
     * Services: OK (returns), SEES / NOT_LISTED (a list that does / does not hold the subject),
     * DENIED (access denied), NOT_FOUND (as if the record did not exist), INVALID (refused input).
     */
    enum Outcome { OPEN, LOGIN, HOME, DENIED, NOT_FOUND, OK, SEES, NOT_LISTED, INVALID }

    private record RouteRow(String template, String path, List<Outcome> expected) {
    }

    private record ServiceRow(String method, Supplier<Object> call, Predicate<Object> showsSubject,
                              List<Outcome> expected) {
    }

    // ------------------------------------------------------------------------------------------
    // The table. Columns, always in this order:
    //   ANONYMOUS, RUNNER, OTHER_RUNNER, PT, OTHER_CLINIC_PT, ADMIN, OTHER_CLINIC_ADMIN
    // ------------------------------------------------------------------------------------------

    private List<RouteRow> routeTable() {
        return List.of(
                route("", "",                                 LOGIN, HOME, HOME, HOME, HOME, HOME, HOME),
                route("login", "login",                       OPEN, HOME, HOME, HOME, HOME, HOME, HOME),
                // the token is the credential: the page tells anyone whether it can be used
                route("set-password/:token", "set-password/no-such-token",
                                                              OPEN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN),
                route("password", "password",                 LOGIN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN),
                route("preferences", "preferences",           LOGIN, OPEN, OPEN, OPEN, OPEN, OPEN, OPEN),
                route("clinic", "clinic",                     LOGIN, DENIED, DENIED, DENIED, DENIED, OPEN, OPEN),
                // the code step of a sign-in: without a pending one, back to the start
                route("two-step", "two-step",                 LOGIN, HOME, HOME, HOME, HOME, HOME, HOME),
                route("account/two-step", "account/two-step", LOGIN, DENIED, DENIED, OPEN, OPEN, OPEN, OPEN),
                route("today", "today",                       LOGIN, OPEN, OPEN, DENIED, DENIED, DENIED, DENIED),
                route("history", "history",                   LOGIN, OPEN, OPEN, DENIED, DENIED, DENIED, DENIED),
                route("runners", "runners",                   LOGIN, DENIED, DENIED, OPEN, OPEN, DENIED, DENIED),
                route("runners/:runnerId([0-9]{1,18})", "runners/" + jordan,
                                                              LOGIN, DENIED, DENIED, OPEN, NOT_FOUND, DENIED, DENIED),
                route("plans/:planId([0-9]{1,18})", "plans/" + jordansPlan,
                                                              LOGIN, DENIED, DENIED, OPEN, NOT_FOUND, DENIED, DENIED),
                route("catalogue", "catalogue",               LOGIN, DENIED, DENIED, OPEN, OPEN, OPEN, OPEN),
                route("catalogue/new", "catalogue/new",       LOGIN, DENIED, DENIED, OPEN, OPEN, OPEN, OPEN),
                route("catalogue/:id([0-9]{1,18})", "catalogue/" + customExercise,
                                                              LOGIN, DENIED, DENIED, OPEN, NOT_FOUND, OPEN, NOT_FOUND),
                route("catalogue/:id([0-9]{1,18})/edit", "catalogue/" + customExercise + "/edit",
                                                              LOGIN, DENIED, DENIED, OPEN, NOT_FOUND, OPEN, NOT_FOUND),
                route("accounts", "accounts",                 LOGIN, DENIED, DENIED, DENIED, DENIED, OPEN, OPEN),
                route("audit", "audit",                       LOGIN, DENIED, DENIED, DENIED, DENIED, OPEN, OPEN));
    }

    private List<ServiceRow> serviceTable() {
        return List.of(
                // ----- the runner's own day: no runner id is passed; "other runner" acts on his own data
                call("RunnerLogService.today()", logs::today,
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.day(LocalDate)", () -> logs.day(today()),
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.record(LocalDate, int, long, Entry)",
                        () -> { logs.record(today(), 1, jordansItem, new Entry(EntryStatus.DONE, null, null)); return null; },
                        DENIED, OK, NOT_FOUND, DENIED, DENIED, DENIED, DENIED),
                // takes back an entry of the caller's own session only: Tom's call finds no entry of his to remove
                call("RunnerLogService.undo(LocalDate, int, long)",
                        () -> { logs.undo(today(), 1, jordansItem); return null; },
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.saveSession(LocalDate, int, Integer, String, Long)",
                        () -> logs.saveSession(today(), 1, 3, "Easy today.", sessionVersion()),
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.answerMorning(long, Integer)",
                        () -> { logs.answerMorning(jordansMorningSession, 2); return null; },
                        DENIED, OK, NOT_FOUND, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.reportWarningSigns(long, Set)",
                        () -> { logs.reportWarningSigns(jordansMorningSession, Set.of(WarningSign.SWELLING)); return null; },
                        DENIED, OK, NOT_FOUND, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.progress(int)", () -> logs.progress(4),
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.days(int, int)", () -> logs.days(0, 20),
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),
                call("RunnerLogService.countDays()", logs::countDays,
                        DENIED, OK, OK, DENIED, DENIED, DENIED, DENIED),

                // ----- a PT following a runner
                call("ProgressService.progress(long, int)", () -> progress.progress(jordan, 4),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("ProgressService.notes(long, int, int)", () -> progress.notes(jordan, 0, 20),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("ProgressService.countNotes(long)", () -> progress.countNotes(jordan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                // minimum necessary: clinic admins manage people, not care (no progress, notes, logs or plans)
                call("ProgressService.markSeen(long, FlagKind, Instant)",
                        () -> { progress.markSeen(jordan, FlagKind.PAIN_HIGH, Instant.now(clock)); return null; },
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),

                // ----- progression: a PT's clinical judgement, for the own clinic's runners
                call("SuggestionService.suggestions(long)", () -> suggestions.suggestions(jordan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("SuggestionService.accept(Suggestion)", () -> suggestions.accept(jordansSuggestion),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("SuggestionService.acceptEdited(Suggestion, Dosage)",
                        () -> suggestions.acceptEdited(jordansSuggestion, jordansSuggestion.to()),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("SuggestionService.dismiss(Suggestion)",
                        () -> { suggestions.dismiss(jordansSuggestion); return null; },
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),

                // ----- plans
                list("RunnerService.runners(RunnerScope, String, int, int)",
                        () -> runners.runners(RunnerScope.ALL, null, 0, 100),
                        rows -> ((List<?>) rows).stream().anyMatch(row -> ((com.stride.plan.RunnerRow) row).id() == jordan),
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, DENIED, DENIED),
                list("RunnerService.countRunners(RunnerScope, String)", () -> runners.countRunners(RunnerScope.ALL, "Jordan"),
                        count -> (Integer) count > 0,
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, DENIED, DENIED),
                call("RunnerService.runner(long)", () -> runners.runner(jordan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("RunnerService.plansOf(long)", () -> runners.plansOf(jordan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.get(long)", () -> plans.get(jordansPlan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.revision(long, int)", () -> plans.revision(jordansPlan, 1),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.revisions(long)", () -> plans.revisions(jordansPlan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                list("PlanService.templates()", plans::templates,
                        rows -> ((List<?>) rows).stream()
                                .anyMatch(row -> ((com.stride.plan.TemplateSummary) row).id() == clinicTemplate),
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, DENIED, DENIED),
                call("PlanService.createDraft(long, PlanDraft)", () -> plans.createDraft(jordan, draft()),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.createFromTemplate(long, long)", () -> plans.createFromTemplate(jordan, stockTemplate),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.save(long, long, PlanDraft)",
                        () -> plans.save(jordansPlan, version("plan", jordansPlan), draft()),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.activate(long, long, boolean)",
                        () -> plans.activate(lenasDraft, version("plan", lenasDraft), false),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.end(long, long)", () -> plans.end(jordansPlan, version("plan", jordansPlan)),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.duplicate(long)", () -> plans.duplicate(jordansPlan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.saveAsTemplate(long, String)", () -> plans.saveAsTemplate(jordansPlan, "Matrix template"),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),
                call("PlanService.handout(long)", () -> plans.handout(jordansPlan),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, DENIED, DENIED),

                // ----- the catalogue (subject: Riverside's own custom exercise, with a picture)
                list("CatalogueService.search(SearchCriteria, int, int)",
                        () -> catalogue.search(SearchCriteria.all(), 0, CatalogueService.MAX_PAGE_SIZE),
                        rows -> ((List<?>) rows).stream()
                                .anyMatch(row -> ((com.stride.catalogue.ExerciseSummary) row).id() == customExercise),
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, SEES, NOT_LISTED),
                // counted with Riverside's own exercise or without it
                list("CatalogueService.count(SearchCriteria)", () -> catalogue.count(SearchCriteria.all()),
                        count -> (Integer) count == riversideVisibleExercises,
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, SEES, NOT_LISTED),
                call("CatalogueService.get(long)", () -> catalogue.get(customExercise),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),
                // runners may see the pictures of their own plan's exercises only; this one is in no plan
                call("CatalogueService.image(long, int)", () -> catalogue.image(customExercise, 1),
                        DENIED, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, OK, NOT_FOUND),
                list("CatalogueService.images(Collection, int)", () -> catalogue.images(List.of(customExercise), 4),
                        images -> ((Map<?, ?>) images).containsKey(customExercise),
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, SEES, NOT_LISTED),
                // which exercises a plan may hold: another clinic's own exercise is not among them
                list("CatalogueService.usableExercises(Collection)",
                        () -> catalogue.usableExercises(List.of(customExercise)),
                        usable -> ((Map<?, ?>) usable).containsKey(customExercise),
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, SEES, NOT_LISTED),
                list("ExerciseStepService.steps(Collection)", () -> steps.steps(List.of(customExercise)),
                        found -> ((Map<?, ?>) found).containsKey(customExercise),
                        DENIED, DENIED, DENIED, SEES, NOT_LISTED, SEES, NOT_LISTED),
                call("ExerciseStepService.steps(long)", () -> steps.steps(customExercise),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),
                call("ExerciseStepService.setHarder(long, Long)",
                        () -> steps.setHarder(customExercise, stock("single-leg-calf-raise")),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),
                call("ExerciseStepService.setEasier(long, Long)",
                        () -> steps.setEasier(stock("single-leg-calf-raise"), customExercise),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),
                call("CatalogueService.create(ExerciseDraft)", () -> catalogue.create(exercise("Matrix drill")),
                        DENIED, DENIED, DENIED, OK, OK, OK, OK),
                call("CatalogueService.update(long, long, ExerciseDraft)",
                        () -> catalogue.update(customExercise, version("exercise", customExercise),
                                exercise("Riverside ladder drill")),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),
                call("CatalogueService.archive(long, long)",
                        () -> catalogue.archive(customExercise, version("exercise", customExercise)),
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),
                call("CatalogueService.restore(long, long)", () -> {
                            jdbc.update("update exercise set archived_at = now() where id = ?", customExercise);
                            return catalogue.restore(customExercise, version("exercise", customExercise));
                        },
                        DENIED, DENIED, DENIED, OK, NOT_FOUND, OK, NOT_FOUND),

                // ----- administration
                list("AccountAdminService.accounts(AccountSearch, int, int)",
                        () -> accounts.accounts(new AccountSearch(null, null, null), 0, 100),
                        rows -> ((List<?>) rows).stream().anyMatch(row -> ((com.stride.account.AccountRow) row).id() == jordan),
                        DENIED, DENIED, DENIED, DENIED, DENIED, SEES, NOT_LISTED),
                list("AccountAdminService.countAccounts(AccountSearch)",
                        () -> accounts.countAccounts(new AccountSearch("runner.jordan", null, null)),
                        count -> (Integer) count > 0,
                        DENIED, DENIED, DENIED, DENIED, DENIED, SEES, NOT_LISTED),
                call("AccountAdminService.account(long)", () -> accounts.account(jordan),
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, NOT_FOUND),
                list("AccountAdminService.therapists()", accounts::therapists,
                        rows -> ((List<?>) rows).stream()
                                .anyMatch(row -> ((com.stride.account.TherapistOption) row).id() == maya),
                        DENIED, DENIED, DENIED, DENIED, DENIED, SEES, NOT_LISTED),
                // linking the new runner to Maya: Hilltop's admin cannot reach another clinic's PT
                call("AccountAdminService.create(NewAccount, Set)", () -> accounts.create(
                                new NewAccount("matrix.runner", "Matrix Runner", "matrix@example.test", Role.RUNNER),
                                Set.of(maya)),
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, INVALID),
                call("AccountAdminService.update(long, long, AccountChanges)",
                        () -> accounts.update(jordan, version("app_user", jordan),
                                new AccountChanges("Jordan Lee", "jordan.lee@example.test", Set.of(maya))),
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, NOT_FOUND),
                call("AccountAdminService.deactivate(long, long)",
                        () -> accounts.deactivate(jordan, version("app_user", jordan)),
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, NOT_FOUND),
                call("AccountAdminService.reactivate(long, long)", () -> {
                            jdbc.update("update app_user set active = false where id = ?", jordan);
                            return accounts.reactivate(jordan, version("app_user", jordan));
                        },
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, NOT_FOUND),
                call("AccountAdminService.sendPasswordLink(long)", () -> accounts.sendPasswordLink(jordan),
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, NOT_FOUND),

                // ----- passwords: the one-time link is the credential, whoever holds it
                call("PasswordService.holder(String)", () -> passwords.holder(linkToken).orElseThrow(),
                        OK, OK, OK, OK, OK, OK, OK),
                call("PasswordService.setPasswordWithLink(String, String)",
                        () -> { passwords.setPasswordWithLink(linkToken, "amber kestrel orchard"); return null; },
                        OK, OK, OK, OK, OK, OK, OK),
                // everyone changes only their own password, with their current one
                call("PasswordService.changeOwn(String, String)",
                        () -> { passwords.changeOwn(DEMO_PASSWORD, "amber kestrel orchard"); return null; },
                        DENIED, OK, OK, OK, OK, OK, OK),

                // ----- own language and units; the clinic's zone and default language, its admins only
                call("PreferencesService.preferences()", preferences::preferences,
                        DENIED, OK, OK, OK, OK, OK, OK),
                call("PreferencesService.change(Language, DistanceUnit)",
                        () -> { preferences.change(Language.GERMAN, DistanceUnit.MILES); return null; },
                        DENIED, OK, OK, OK, OK, OK, OK),
                call("ClinicTimeService.zone()", clinicTime::zone, DENIED, OK, OK, OK, OK, OK, OK),
                call("ClinicTimeService.today()", clinicTime::today, DENIED, OK, OK, OK, OK, OK, OK),
                call("ClinicTimeService.clock()", clinicTime::clock, DENIED, OK, OK, OK, OK, OK, OK),
                call("ClinicSettingsService.settings()", clinicSettings::settings,
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, OK),
                call("ClinicSettingsService.change(ZoneId, Language, long)",
                        () -> clinicSettings.change(java.time.ZoneId.of("Europe/Berlin"), Language.GERMAN,
                                clinicSettings.settings().version()),
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, OK),

                // ----- two-step sign-in: staff set up their own; the code step needs a pending sign-in
                call("TwoStepService.status()", twoStep::status,
                        DENIED, DENIED, DENIED, OK, OK, OK, OK),
                call("TwoStepService.startEnrolment()", twoStep::startEnrolment,
                        DENIED, DENIED, DENIED, OK, OK, OK, OK),
                call("TwoStepService.confirmEnrolment(TwoStepEnrolment, String)",
                        () -> twoStep.confirmEnrolment(new TwoStepEnrolment("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "-"),
                                "000000"),
                        DENIED, DENIED, DENIED, INVALID, INVALID, INVALID, INVALID),
                call("TwoStepService.disable(String)", () -> { twoStep.disable("000000"); return null; },
                        DENIED, DENIED, DENIED, OK, OK, OK, OK),
                call("TwoStepService.completeSignIn(String)", () -> twoStep.completeSignIn("000000"),
                        INVALID, INVALID, INVALID, INVALID, INVALID, INVALID, INVALID),
                call("AccountAdminService.resetTwoStep(long, long)",
                        () -> accounts.resetTwoStep(jordan, version("app_user", jordan)),
                        DENIED, DENIED, DENIED, DENIED, DENIED, INVALID, NOT_FOUND),
                call("AccountAdminService.clinicRequiresTwoStep()", accounts::clinicRequiresTwoStep,
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, OK),
                call("AccountAdminService.requireTwoStep(boolean)",
                        () -> { accounts.requireTwoStep(false); return null; },
                        DENIED, DENIED, DENIED, DENIED, DENIED, OK, OK),

                // ----- audit log (subject: Riverside's entries, e.g. Maya's plans)
                list("AuditService.entries(AuditFilter, int, int)",
                        () -> audit.entries(new AuditFilter(null, null, null, null), 0, 500),
                        rows -> ((List<?>) rows).stream()
                                .anyMatch(row -> Long.valueOf(maya).equals(((com.stride.audit.AuditEntry) row).userId())),
                        DENIED, DENIED, DENIED, DENIED, DENIED, SEES, NOT_LISTED),
                list("AuditService.count(AuditFilter)", () -> audit.count(new AuditFilter(maya, null, null, null)),
                        count -> (Integer) count > 0,
                        DENIED, DENIED, DENIED, DENIED, DENIED, SEES, NOT_LISTED),
                list("AuditService.people(String, int, int)", () -> audit.people(null, 0, 100),
                        rows -> ((List<?>) rows).stream()
                                .anyMatch(row -> ((com.stride.audit.AuditPerson) row).id() == maya),
                        DENIED, DENIED, DENIED, DENIED, DENIED, SEES, NOT_LISTED));
    }

    /**
     * Services that act for the system, not for a caller, and so check none. They are kept out of
     * every view ({@link #systemServicesAreNeverReachableFromAView()}).
     */
    private static final Map<String, String> SYSTEM_ONLY = Map.of(
            "AccountProvisioning", "creates the first admin and the demo data at start-up",
            "AccountUserDetailsService", "Spring Security's sign-in lookup and the active-account check per request");

    // ------------------------------------------------------------------------------------------

    private static final String DEMO_PASSWORD = "demo-stride-2026";
    private static final Map<String, RouteCatalog.RouteInfo> ROUTES = RouteCatalog.routes();

    @Autowired private ApplicationContext context;
    @Autowired private UserDetailsService users;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private PlatformTransactionManager transactions;
    @Autowired private Clock clock;
    @Autowired private RunnerLogService logs;
    @Autowired private com.stride.account.PreferencesService preferences;
    @Autowired private com.stride.clinic.ClinicSettingsService clinicSettings;
    @Autowired private com.stride.clinic.ClinicTimeService clinicTime;
    @Autowired private ProgressService progress;
    @Autowired private PlanService plans;
    @Autowired private RunnerService runners;
    @Autowired private CatalogueService catalogue;
    @Autowired private ExerciseStepService steps;
    @Autowired private SuggestionService suggestions;
    @Autowired private AccountAdminService accounts;
    @Autowired private PasswordService passwords;
    @Autowired private AuditService audit;
    @Autowired private TwoStepService twoStep;

    private long jordan;
    private long maya;
    private long jordansPlan;
    private long jordansItem;
    private long jordansMorningSession;
    private long lenasDraft;
    private long stockTemplate;
    private long customExercise;
    private Suggestion jordansSuggestion;
    private long clinicTemplate;
    private int riversideVisibleExercises;
    private String linkToken;

    @BeforeAll
    void subjects() throws IOException {
        jordan = userId("runner.jordan");
        maya = userId("pt.maya");
        jordansPlan = id("select id from plan where runner_id = " + jordan + " and status = 'ACTIVE'");
        lenasDraft = id("select p.id from plan p join app_user u on u.id = p.runner_id"
                + " where u.username = 'runner.lena' and p.status = 'DRAFT'");
        stockTemplate = id("select id from plan_template where code = 'mobility-circuit' and clinic_id is null");

        SignIn.as("runner.jordan");
        RunnerDay day = logs.day(today());
        jordansItem = day.sessions().getFirst().exercises().getFirst().planItemId();
        jordansMorningSession = day.morningQuestion().sessionId();
        // pain 7 today raises the "pain above 5" flag that markSeen needs
        logs.saveSession(today(), 1, 7, "Sore after the hills.", day.sessions().getFirst().version());

        SignIn.as("pt.maya");
        customExercise = catalogue.create(new ExerciseDraft("Riverside ladder drill", Category.STRENGTHENING,
                Set.of(BodyRegion.ANKLE_FOOT), List.of(), Position.STANDING, ExerciseEquipment.NONE, false,
                List.of("Step quickly through the ladder."), List.of(), Dosage.builder().reps(Range.of(5)).build(),
                null, ImageChange.replace(Files.readAllBytes(Path.of("src/test/resources/images/exercise.png")))))
                .id();

        clinicTemplate = plans.saveAsTemplate(jordansPlan, "Riverside strength block").id();
        // today's 7 makes the rule suggest easing off
        jordansSuggestion = suggestions.suggestions(jordan).getFirst();
        riversideVisibleExercises = jdbc.queryForObject("""
                select count(*) from exercise where archived_at is null
                and (clinic_id is null or clinic_id = (select clinic_id from app_user where username = 'pt.maya'))""",
                Integer.class);

        SignIn.as("admin");
        long priya = userId("runner.priya");
        String url = accounts.sendPasswordLink(priya).url();
        linkToken = url.substring(url.lastIndexOf('/') + 1);
        SignIn.out();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteForEveryActor() {
        return routeTable().stream().map(row -> DynamicTest.dynamicTest("/" + row.template(), () -> {
            List<Outcome> actual = Arrays.stream(Actor.values()).map(actor -> open(actor, row)).toList();
            assertThat(cells(actual)).as(row.template()).isEqualTo(cells(row.expected()));
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyServiceMethodForEveryActor() {
        Map<String, Method> methods = serviceMethods();
        return serviceTable().stream().map(row -> DynamicTest.dynamicTest(row.method(), () -> {
            List<String> actual = Arrays.stream(Actor.values()).map(actor -> invoke(actor, row)).toList();
            assertThat(cells(actual)).as(row.method())
                    .isEqualTo(cells(row.expected().stream().map(Outcome::name).toList()));
            // The annotation must say the same as the table, so that it alone would still hold if
            // the service's own check were lost (and removing it shows here even while that check holds).
            assertThat(declaredAudience(methods.get(row.method()))).as(row.method() + ": its security annotation")
                    .isEqualTo(admittedBy(row));
        }));
    }

    @Test
    void theRouteTableListsEveryRegisteredRouteAndNothingElse() {
        Set<String> registered = new TreeSet<>();
        for (RouteData route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            registered.add(route.getTemplate());
            route.getRouteAliases().forEach(alias -> registered.add(alias.getTemplate()));
        }
        assertThat(registered).as("Vaadin's registry and a scan of @Route agree")
                .isEqualTo(ROUTES.keySet());
        Set<String> inTable = routeTable().stream().map(RouteRow::template)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("routes in the table").isEqualTo(registered);
    }

    @Test
    void theServiceTableListsEveryPublicServiceMethodAndNothingElse() {
        Set<String> declared = new TreeSet<>(serviceMethods().keySet());
        Set<String> systemOnly = context.getBeansWithAnnotation(Service.class).values().stream()
                .map(bean -> AopUtils.getTargetClass(bean).getSimpleName())
                .filter(SYSTEM_ONLY::containsKey).collect(Collectors.toSet());
        assertThat(systemOnly).isEqualTo(SYSTEM_ONLY.keySet());
        Set<String> inTable = serviceTable().stream().map(ServiceRow::method)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inTable).as("service methods in the table").isEqualTo(declared);
    }

    @Test
    void systemServicesAreNeverReachableFromAView() {
        noClasses().that().resideInAPackage("com.stride..ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName(AccountProvisioning.class.getName())
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.stride.account.AccountUserDetailsService")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.stride"));
    }

    /** Every public instance method of the application's services, by signature, system-only ones aside. */
    private Map<String, Method> serviceMethods() {
        Map<String, Method> methods = new java.util.TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("com.stride") || SYSTEM_ONLY.containsKey(type.getSimpleName())) {
                continue;
            }
            // inherited public methods count too, as long as they are ours
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass().getPackageName().startsWith("com.stride")
                        && !Modifier.isStatic(method.getModifiers()) && !method.isSynthetic()) {
                    methods.put(signature(type, method), method);
                }
            }
        }
        return methods;
    }

    /** Who the method's annotation (else its class's) lets in: roles, and "ANONYMOUS" when none is required. */
    private static Set<String> declaredAudience(Method method) {
        Set<String> everyone = new TreeSet<>(List.of("ANONYMOUS", "RUNNER", "THERAPIST", "ADMIN"));
        for (java.lang.reflect.AnnotatedElement element : List.of(method, method.getDeclaringClass())) {
            if (element.isAnnotationPresent(jakarta.annotation.security.RolesAllowed.class)) {
                return new TreeSet<>(List.of(element.getAnnotation(jakarta.annotation.security.RolesAllowed.class)
                        .value()));
            }
            if (element.isAnnotationPresent(jakarta.annotation.security.PermitAll.class)) {
                everyone.remove("ANONYMOUS");
                return everyone;
            }
        }
        return everyone;
    }

    /** The roles (or ANONYMOUS) the table lets past the role check: any outcome but DENIED. */
    private static Set<String> admittedBy(ServiceRow row) {
        Set<String> admitted = new TreeSet<>();
        for (Actor actor : Actor.values()) {
            if (row.expected().get(actor.ordinal()) != DENIED) {
                admitted.add(actor.username == null ? "ANONYMOUS" : actor.role.name());
            }
        }
        return admitted;
    }

    // ----- running one cell

    private Outcome open(Actor actor, RouteRow row) {
        signInAs(actor);
        UI.getCurrent().navigate(row.path());
        // in case a view is ever a Spring (CGLIB) proxy again: name the class underneath
        String shown = ClassUtils.getUserClass(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .getSimpleName();
        Class<?> routeView = ROUTES.get(row.template()).view();
        String path = NavigatorKt.getCurrentPath();
        return switch (shown) {
            case "LoginView" -> routeView.getSimpleName().equals(shown) && actor == Actor.ANONYMOUS ? OPEN : LOGIN;
            case "AccessDeniedView" -> DENIED;
            case "NotFoundView" -> NOT_FOUND;
            default -> {
                if (routeView.getSimpleName().equals(shown) && !row.template().isEmpty()) {
                    yield OPEN;
                }
                if (path.equals(actor.home)) {
                    yield HOME;
                }
                throw new AssertionError(actor + " opening " + row.path() + " ended on " + shown + " at " + path);
            }
        };
    }

    private String invoke(Actor actor, ServiceRow row) {
        signInAs(actor);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try {
            return transaction.execute(status -> {
                // every cell starts from the same data, and a lock wait fails fast instead of hanging
                status.setRollbackOnly();
                jdbc.execute("set local lock_timeout = '5s'");
                try {
                    Object result = row.call().get();
                    if (row.showsSubject() == null) {
                        return OK.name();
                    }
                    return (row.showsSubject().test(result) ? SEES : NOT_LISTED).name();
                } catch (AccessDeniedException | AuthenticationException e) {
                    return DENIED.name();
                } catch (RecordNotFoundException e) {
                    return NOT_FOUND.name();
                } catch (InvalidInputException e) {
                    return INVALID.name();
                } catch (RuntimeException e) {
                    return "ERROR " + e;
                }
            });
        } finally {
            SignIn.out();
        }
    }

    private void signInAs(Actor actor) {
        logout();
        if (actor.username != null) {
            login(actor.username);
        }
    }

    private static <T> Map<Actor, T> cells(List<T> outcomes) {
        Map<Actor, T> cells = new LinkedHashMap<>();
        for (Actor actor : Actor.values()) {
            cells.put(actor, outcomes.get(actor.ordinal()));
        }
        return cells;
    }

    private static String signature(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + "(" + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")";
    }

    // ----- table helpers

    private static RouteRow route(String template, String path, Outcome... expected) {
        assertThat(expected).hasSize(Actor.values().length);
        return new RouteRow(template, path, List.of(expected));
    }

    private static ServiceRow call(String method, Supplier<Object> call, Outcome... expected) {
        assertThat(expected).hasSize(Actor.values().length);
        return new ServiceRow(method, call, null, List.of(expected));
    }

    private static ServiceRow list(String method, Supplier<Object> call, Predicate<Object> showsSubject,
                                   Outcome... expected) {
        assertThat(expected).hasSize(Actor.values().length);
        return new ServiceRow(method, call, showsSubject, List.of(expected));
    }

    // ----- subjects and arguments

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long stock(String code) {
        return id("select id from exercise where clinic_id is null and code = '" + code + "'");
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    /** The caller's own session 1 today, as their screen would show it (null: not stored yet). */
    private Long sessionVersion() {
        return logs.day(today()).sessions().getFirst().version();
    }

    private PlanDraft draft() {
        long bridge = id("select id from exercise where code = 'glute-bridge' and clinic_id is null");
        return new PlanDraft("Strength block", null, today(), null,
                List.of(new PlanItemDraft(bridge, Dosage.builder().sets(Range.of(2)).reps(Range.of(10)).build())));
    }

    private static ExerciseDraft exercise(String name) {
        return new ExerciseDraft(name, Category.STRENGTHENING, Set.of(BodyRegion.ANKLE_FOOT), List.of(),
                Position.STANDING, ExerciseEquipment.NONE, false, List.of("Step quickly through the ladder."), List.of(),
                Dosage.builder().reps(Range.of(5)).build(), null, ImageChange.KEEP);
    }
}
