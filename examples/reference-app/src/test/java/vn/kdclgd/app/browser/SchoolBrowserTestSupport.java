package vn.kdclgd.app.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Helpers of the school self-assessment screens' browser tests (forms, dates, downloads). */
abstract class SchoolBrowserTestSupport extends BrowserTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Waits up to 5 s for elements (pages of a loaded machine can take longer than the base class's 0.5 s). */
    @BeforeEach
    void waitLonger() {
        driver.manage().timeouts().implicitlyWait(WAIT);
    }

    /** Replaces the text of an input or textarea. */
    protected void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    /** Sets a date input (yyyy-MM-dd) without the browser's locale-dependent typing. */
    protected void date(String id, String isoDate) {
        js("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    /** Chooses an option of a select by value. */
    protected void choose(String id, String value) {
        new Select(byId(id)).selectByValue(value);
    }

    /** The selected value of a select. */
    protected String chosen(String id) {
        return new Select(byId(id)).getFirstSelectedOption().getAttribute("value");
    }

    /** Runs JavaScript in the page. */
    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Whether an element with this id is on the page. */
    protected boolean present(String id) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(By.id(id)).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(WAIT);
        }
    }

    /** The elements matching a CSS selector now (no waiting for them to appear). */
    protected List<WebElement> now(String css) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return driver.findElements(By.cssSelector(css));
        } finally {
            driver.manage().timeouts().implicitlyWait(WAIT);
        }
    }

    /** Elements matching a CSS selector inside an element. */
    protected List<WebElement> within(WebElement e, String css) {
        return e.findElements(By.cssSelector(css));
    }

    /** Saves a screenshot of the whole page (the window made as tall as the page for the shot). */
    protected void fullScreenshot(String name) {
        Dimension size = driver.manage().window().getSize();
        long height = ((Number) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);")).longValue();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(Math.max(height + 140, size.getHeight()), 6000)));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    /** Fetches an absolute URL of the application with the browser's session. */
    protected HttpResponse<byte[]> fetch(String href) {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(href));
        if (session != null) {
            rb.header("Cookie", "JSESSIONID=" + session.getValue());
        }
        try {
            return HttpClient.newHttpClient().send(rb.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
