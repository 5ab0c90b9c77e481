package vn.kdclgd.app.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@link BrowserTestSupport} plus {@link #submitTampered}: a form changed in the page (as someone editing it
 * would) and submitted, for showing that the server, not the page, refuses another school's ids.
 */
abstract class TamperingBrowserSupport extends BrowserTestSupport {
    static final Duration PAGE = Duration.ofSeconds(30);

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
