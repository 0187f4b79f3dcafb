package com.stride.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser tests: the whole app on a random port, driven by Playwright in Debian's Chromium
 * (never a downloaded browser). Screenshots go to target/screenshots/&lt;test class&gt;/.
 */
@WebIntegrationTest
public abstract class BrowserTest {

    public static final String DEMO_PASSWORD = "demo-stride-2026";
    protected static final int PHONE_WIDTH = 390;
    protected static final int PHONE_HEIGHT = 844;

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private String screenshotDir;
    private final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        String executable = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable))
                .setHeadless(true)
                // The machine has no outside network: keep Chromium from trying.
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage(TestInfo testInfo) {
        screenshotDir = "target/screenshots/" + getClass().getSimpleName() + "/"
                + testInfo.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        useViewport(1280, 800);
    }

    @AfterEach
    void closePage() {
        if (context != null) {
            context.close();
        }
        // Every journey runs under the app's Content-Security-Policy: nothing it needs may be refused.
        assertThat(policyViolations).as("Content-Security-Policy violations in the browser console").isEmpty();
    }

    /** A fresh browser context (no cookies) with the given viewport. */
    protected void useViewport(int width, int height) {
        useViewport(width, height, "en-GB");
    }

    /** A fresh browser context whose browser asks for this language ("de-DE"): Accept-Language and all. */
    protected void useViewport(int width, int height, String browserLanguage) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale(browserLanguage));
        context.setDefaultTimeout(20_000);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        page = context.newPage();
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    protected void open(String path) {
        page.navigate(url(path));
        waitForVaadin();
    }

    /** Waits until Vaadin has no request in flight, so the page shows the server's latest state. */
    protected void waitForVaadin() {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    protected void signIn(String username, String password) {
        open("login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** A page's own heading (level 2; the shell's title bar holds the level-1 view title). */
    protected Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(2));
    }

    /** A button by its exact accessible name. */
    protected Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A text field by its exact label. */
    protected Locator field(String label) {
        return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName(label).setExact(true));
    }

    /** The one-time link the admin's dialog shows once after creating an account or sending a link. */
    protected String oneTimeLinkShown() {
        Locator linkField = page.getByLabel("One-time link");
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(linkField).isVisible();
        String link = linkField.inputValue();
        org.assertj.core.api.Assertions.assertThat(link).contains("/set-password/");
        waitForVaadin();
        return link;
    }

    protected Path screenshot(String name) {
        Path path = Paths.get(screenshotDir, name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path).setFullPage(true));
        return path;
    }
}
