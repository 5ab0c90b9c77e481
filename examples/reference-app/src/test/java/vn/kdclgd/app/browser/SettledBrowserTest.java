package vn.kdclgd.app.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@link BrowserTestSupport} with form submissions that wait for the next page: a click on a submit button
 * returns before the browser has navigated, and a test that reads the page at once may read the old one
 * (or have its next {@code open} overtaken by the pending navigation). Here signing in, {@link #submit} and
 * {@link #submitConfirmed} return only once the old page is gone.
 */
abstract class SettledBrowserTest extends BrowserTestSupport {
    static final Duration PAGE = Duration.ofSeconds(30);

    @Override
    protected void login(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        byId("username").sendKeys(username);
        byId("password").sendKeys(password);
        submit("login-submit");
    }

    /**
     * Waits until {@code html} (the old page's root) is gone. ChromeDriver reports a node of a page being
     * replaced either as stale or as "does not belong to the document": both mean the old page is gone.
     */
    protected void gone(WebElement html) {
        new WebDriverWait(driver, PAGE).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (WebDriverException replaced) {
                return true;
            }
        });
    }

    /** Clicks the button with this id and waits for the page it leads to. */
    protected void submit(String buttonId) {
        WebElement html = driver.findElement(By.tagName("html"));
        byId(buttonId).click();
        gone(html);
    }

    /** Clicks a button whose form asks for confirmation (data-confirm), accepts, and waits for the next page. */
    protected void submitConfirmed(String buttonId) {
        WebElement html = driver.findElement(By.tagName("html"));
        byId(buttonId).click();
        new WebDriverWait(driver, PAGE).until(ExpectedConditions.alertIsPresent()).accept();
        gone(html);
    }

    /**
     * Changes a form's target (as someone editing the page would) and submits it, waiting for the answer:
     * for showing that the server, not the page, refuses another school's ids.
     */
    protected void submitTampered(String formId, String action, String field, String value) {
        WebElement html = driver.findElement(By.tagName("html"));
        ((JavascriptExecutor) driver).executeScript("""
                var f = document.getElementById(arguments[0]);
                if (arguments[1]) { f.setAttribute('action', arguments[1]); }
                if (arguments[2]) { f.elements[arguments[2]].value = arguments[3]; }
                f.removeAttribute('data-confirm');
                HTMLFormElement.prototype.submit.call(f);""", formId, action, field, value);
        gone(html);
    }
}
