package com.stride.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static com.stride.test.TestApplication.userId;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.stride.account.AccountAdminService;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseDraft;
import com.stride.catalogue.ExerciseEquipment;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.Position;
import com.stride.catalogue.Range;
import com.stride.test.Axe;
import com.stride.test.BrowserTest;
import com.stride.test.RouteCatalog.Audience;
import com.stride.test.RouteCatalog;
import com.stride.test.SignIn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * axe-core on every view, as every role that may open it (and on the dialogs and states people
 * meet on the way), at a desk and on a phone: no serious or critical violation. Results:
 * target/axe/&lt;audience&gt;-&lt;scan&gt;-&lt;width&gt;.json.
 * A view nobody scans fails {@link #everyViewIsScannedByEveryAudienceThatMayOpenIt()}.
 */
class AccessibilityIT extends BrowserTest {

    /**
     * What is scanned: a route template, the address opened, the page heading that proves the scan
     * is where it means to be, and what is done before the scan (opening a dialog, say).
     */
    private record Scan(String name, String route, String path, String heading, Consumer<Page> before,
                        Consumer<Page> prepare) {
        Scan(String name, String route, String path, String heading) {
            this(name, route, path, heading, page -> { });
        }

        Scan(String name, String route, String path, String heading, Consumer<Page> before) {
            this(name, route, path, heading, before, page -> { });
        }
    }

    private static final String DENIED = "This page is not available to you";

    private static final Map<Audience, String> ACCOUNTS = Map.of(
            Audience.RUNNER, "runner.jordan",
            Audience.THERAPIST, "pt.sam",
            Audience.ADMIN, "admin");

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private AccountAdminService accounts;

    @Autowired
    private CatalogueService catalogue;

    private long tom;
    private long tomsPlan;
    private long bridge;
    private String linkToken;
    private long custom;

    @BeforeEach
    void fixtures() {
        jdbc.update("delete from login_failure");
        tom = userId("runner.tom");
        tomsPlan = jdbc.queryForObject("select id from plan where runner_id = ? and status = 'ACTIVE'", Long.class, tom);
        bridge = jdbc.queryForObject("select id from exercise where code = 'glute-bridge' and clinic_id is null",
                Long.class);
        linkToken = freshLinkToken();
        custom = customExercise();
        jdbc.update("update app_user set totp_secret = ?, totp_enabled_at = now() where username = 'pt.maya'",
                new byte[40]);
    }

    @AfterEach
    void noSecondFactor() {
        jdbc.update("update app_user set totp_secret = null, totp_enabled_at = null where username = 'pt.maya'");
    }

    private List<Scan> scans(Audience audience) {
        return switch (audience) {
            case ANONYMOUS -> List.of(
                    new Scan("login", "login", "login", "Stride"),
                    new Scan("login-failed", "login", "login?error", "Stride"),
                    new Scan("set-password", "set-password/:token", "set-password/" + linkToken,
                            "New password for Priya Nair"),
                    new Scan("set-password-used", "set-password/:token", "set-password/no-such-token",
                            "This link cannot be used"),
                    // the code step: Maya's password was right, and her account has a second factor
                    new Scan("two-step", "two-step", "two-step", "Two-step sign-in", page -> { },
                            page -> {
                                open("login");
                                page.getByLabel("Username").fill("pt.maya");
                                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                                        .fill(DEMO_PASSWORD);
                                button("Sign in").click();
                                page.waitForURL(url -> url.endsWith("/two-step"));
                            }));
            case RUNNER -> List.of(
                    new Scan("home", "", "", "Today"),
                    new Scan("today-morning-question", "today", "today", "Today",
                            page -> assertThat(page.locator(".morning-question")).isVisible()),
                    new Scan("history", "history", "history", "History"),
                    new Scan("change-password", "password", "password", "Change your password"),
                    new Scan("preferences", "preferences", "preferences", "Your language and units"),
                    new Scan("access-denied", "accounts", "accounts", DENIED),
                    new Scan("not-found", "", "no-such-page", "Page not found"));
            case THERAPIST -> plus(catalogueAndPassword(),
                    new Scan("home", "", "", "Your runners"),
                    new Scan("runners", "runners", "runners", "Your runners"),
                    new Scan("runner", "runners/:runnerId([0-9]{1,18})", "runners/" + tom, "Tom Becker"),
                    new Scan("runner-new-plan-dialog", "runners/:runnerId([0-9]{1,18})", "runners/" + tom,
                            "Tom Becker", page -> openDialog(page, "New plan")),
                    new Scan("plan-builder", "plans/:planId([0-9]{1,18})", "plans/" + tomsPlan, "Tom Becker"),
                    new Scan("plan-builder-dosage", "plans/:planId([0-9]{1,18})", "plans/" + tomsPlan, "Tom Becker",
                            page -> {
                                page.locator("vaadin-grid .plan-item-name:visible").first().click();
                                assertThat(page.getByText("Dosage of ").first()).isVisible();
                            }),
                    new Scan("catalogue-search", "catalogue", "catalogue?q=calf", "Exercise catalogue"),
                    new Scan("access-denied", "audit", "audit", DENIED));
            case ADMIN -> plus(catalogueAndPassword(),
                    new Scan("home", "", "", "Accounts"),
                    new Scan("accounts", "accounts", "accounts", "Accounts"),
                    new Scan("accounts-new-dialog", "accounts", "accounts", "Accounts",
                            page -> openDialog(page, "New account")),
                    new Scan("accounts-edit-dialog", "accounts", "accounts", "Accounts", page -> {
                        page.locator("vaadin-grid .account-name:visible").first().click();
                        assertThat(dialogHeading(page)).isVisible();
                    }),
                    new Scan("audit", "audit", "audit", "Audit log"),
                    new Scan("clinic-settings", "clinic", "clinic", "Settings of Riverside Physio"),
                    // minimum necessary: no runner's care
                    new Scan("runners-denied", "runners", "runners", DENIED),
                    new Scan("access-denied", "today", "today", DENIED));
        };
    }

    private static List<Scan> plus(List<Scan> shared, Scan... own) {
        return java.util.stream.Stream.concat(Arrays.stream(own), shared.stream()).toList();
    }

    /** What PTs and admins both open: the catalogue, an exercise, the editor, their password. */
    private List<Scan> catalogueAndPassword() {
        return List.of(
                new Scan("catalogue", "catalogue", "catalogue", "Exercise catalogue"),
                new Scan("exercise", "catalogue/:id([0-9]{1,18})", "catalogue/" + bridge, "Glute bridge"),
                new Scan("exercise-new", "catalogue/new", "catalogue/new", "New exercise"),
                new Scan("exercise-edit", "catalogue/:id([0-9]{1,18})/edit", "catalogue/" + custom + "/edit",
                        "Edit " + CUSTOM_EXERCISE),
                new Scan("change-password", "password", "password", "Change your password"),
                new Scan("preferences", "preferences", "preferences", "Your language and units"),
                new Scan("two-step-setup", "account/two-step", "account/two-step", "Two-step sign-in"));
    }

    @Test
    void everyViewHasNoSeriousOrCriticalViolationsForAnyoneWhoMayOpenIt() {
        List<String> violations = new ArrayList<>();
        for (Audience audience : Audience.values()) {
            useViewport(1280, 800);
            if (audience != Audience.ANONYMOUS) {
                signIn(ACCOUNTS.get(audience), DEMO_PASSWORD);
                page.waitForURL(url -> !url.contains("/login"));
            }
            // Runners use phones; everyone else is scanned at a desk and on a phone.
            List<String> widths = audience == Audience.RUNNER ? List.of("phone") : List.of("desktop", "phone");
            for (String width : widths) {
                if (width.equals("phone")) {
                    page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
                }
                for (Scan scan : scans(audience)) {
                    scan.prepare().accept(page);
                    open(scan.path());
                    // prove the scan is where it means to be, not on a login, error or other page
                    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(scan.heading())
                            .setLevel(scan.route().equals("login") ? 1 : 2)).first()).isVisible();
                    if (!scan.heading().equals(DENIED) && !scan.heading().equals("Page not found")) {
                        assertThat(heading(DENIED)).hasCount(0);
                        assertThat(heading("Page not found")).hasCount(0);
                    }
                    scan.before().accept(page);
                    waitForVaadin();
                    String name = audience.name().toLowerCase() + "-" + scan.name() + "-" + width;
                    screenshot(name);
                    violations.addAll(Axe.seriousViolations(page, name));
                }
            }
        }
        assertThat(violations).as("serious or critical axe violations (details in target/axe/)").isEmpty();
    }

    @Test
    void everyViewIsScannedByEveryAudienceThatMayOpenIt() {
        Set<String> missing = new java.util.TreeSet<>();
        RouteCatalog.routes().values().forEach(route -> route.allowed().forEach(audience -> {
            boolean scanned = scans(audience).stream().anyMatch(scan -> scan.route().equals(route.template()));
            if (!scanned) {
                missing.add(route.template() + " as " + audience);
            }
        }));
        assertThat(missing).as("views nobody scans").isEmpty();
        assertThat(EnumSet.allOf(Audience.class).stream().filter(a -> a != Audience.ANONYMOUS)
                .collect(Collectors.toSet())).isEqualTo(ACCOUNTS.keySet());
    }

    @Test
    void theScansSeeWhatTheyShouldAndWouldReportAViolation() {
        // The scan itself must be able to fail: an image without alternative text is critical.
        open("login");
        page.evaluate("() => document.body.appendChild(Object.assign(document.createElement('img'),"
                + " {src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', }))");
        assertThat(Axe.seriousViolations(page, "probe-image-without-alt"))
                .anyMatch(line -> line.contains("image-alt") && line.contains("critical"));
        // axe 4.14's experimental rule, which found the PT's "Mark seen" button (issue 15), is on
        page.evaluate("() => document.body.appendChild(Object.assign(document.createElement('button'),"
                + " {textContent: 'Mark seen', ariaLabel: 'Mark \"Pain above 5\" seen'}))");
        assertThat(Axe.seriousViolations(page, "probe-label-content-name-mismatch"))
                .anyMatch(line -> line.contains("label-content-name-mismatch"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();
    }

    private String freshLinkToken() {
        String url = SignIn.as("admin", () -> accounts.sendPasswordLink(userId("runner.priya")).url());
        return url.substring(url.indexOf("/set-password/") + "/set-password/".length());
    }

    private static final String CUSTOM_EXERCISE = "Riverside ladder drill";

    /** Riverside's own exercise, the only kind that can be edited. */
    private long customExercise() {
        List<Long> found = jdbc.queryForList("select id from exercise where name = ?", Long.class, CUSTOM_EXERCISE);
        if (!found.isEmpty()) {
            return found.getFirst();
        }
        return SignIn.as("pt.sam", () -> catalogue.create(new ExerciseDraft(CUSTOM_EXERCISE, Category.STRENGTHENING,
                    Set.of(BodyRegion.ANKLE_FOOT), List.of(), Position.STANDING, ExerciseEquipment.NONE, false,
                    List.of("Step quickly through the ladder."), List.of(), Dosage.builder().reps(Range.of(5)).build(),
                    null, ImageChange.KEEP)).id());
    }

    /** The dialog element itself is laid out as contents; its title is what shows. */
    private static com.microsoft.playwright.Locator dialogHeading(Page page) {
        return page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.HEADING).first();
    }

    private static void openDialog(Page page, String button) {
        button(page, button).click();
        assertThat(dialogHeading(page)).isVisible();
    }

    private static com.microsoft.playwright.Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
