package vn.kdclgd.app.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import vn.kdclgd.app.demo.DemoData;

/**
 * Browser tests: the application on a random port with a fresh H2 database and demo data per test class,
 * driven by Debian's Chromium and ChromeDriver ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver};
 * {@code .ci/run} installs them when missing) — headless, background networking off, a new profile.
 *
 * <p>Without Chromium the tests are skipped with a message, unless the environment variable
 * {@code KDCLGD_BROWSER_TESTS=required} is set ({@code .ci/run} sets it): then they fail.
 * Screenshots go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kdclgd.data-dir=./target/test-data/${random.uuid}", "logging.level.root=WARN"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class BrowserTestSupport {
    static final Path CHROMIUM = Path.of(System.getProperty("kdclgd.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("kdclgd.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Every demo account's password. */
    protected static final String PASSWORD = DemoData.PASSWORD;

    protected static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String msg = "Chromium/ChromeDriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
                    + ": install them with `apt-get install chromium chromium-driver` (.ci/run does)";
            if ("required".equals(System.getenv("KDCLGD_BROWSER_TESTS"))) {
                throw new IllegalStateException(msg);
            }
            System.err.println("SKIPPED browser tests: " + msg);
            Assumptions.abort(msg);
        }
        profile = Files.createTempDirectory("kdclgd-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--lang=vi-VN", "--window-size=1366,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofMillis(500));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    /** Each test starts signed out. */
    @AfterEach
    void signOut() {
        if (driver != null) {
            driver.manage().deleteAllCookies();
        }
    }

    /** Absolute URL of a path of the application. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a path. */
    protected void open(String path) {
        driver.get(url(path));
    }

    /** Signs in (signing out first). */
    protected void login(String username) {
        login(username, PASSWORD);
    }

    /** Signs in with a password (signing out first). */
    protected void login(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        // wait until the sign-in has landed (or was refused), so the next navigation does not cut it short
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().contains("/login") || !d.findElements(By.id("login-error")).isEmpty());
    }

    /** The element with this id. */
    protected WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    /** The elements matching a CSS selector. */
    protected List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The visible text of the page body. */
    protected String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The current path (no host). */
    protected String path() {
        return driver.getCurrentUrl().replace(url(""), "");
    }

    /** Saves a screenshot as {@code target/screenshots/NAME.png}. */
    protected Path screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until {@code html} (the old page's root) is gone. ChromeDriver reports a node of a page being
     * replaced either as stale or as "does not belong to the document": both mean the old page is gone.
     */
    protected void gone(WebElement html) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException replaced) {
                return true;
            }
        });
    }

    /** Clicks what submits a form or follows a link (by id), and waits until the next page replaced this one. */
    protected void submit(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        byId(id).click();
        gone(html);
    }

    /** As {@link #submit}, for a form that asks for confirmation first (data-confirm): accepts, then waits. */
    protected void submitConfirmed(String id) {
        WebElement html = driver.findElement(By.tagName("html"));
        byId(id).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
        gone(html);
    }
}
