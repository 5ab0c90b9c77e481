package vn.kdclgd.app.browser;

import java.time.Duration;

import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Helpers of the unit and reviewer browser tests: every click that leaves the page waits until the next page
 * has replaced it (on a loaded machine ChromeDriver may return from a click before the navigation it started
 * has finished, and the next look-up would read the old page). A failing test prints its page
 * ({@link PageOnFailure}).
 */
@ExtendWith(PageOnFailure.class)
abstract class UnitTestSupport extends BrowserTestSupport {
    static final Duration NAVIGATION = Duration.ofSeconds(60);

    /** Signs in and waits for the landing page. */
    protected void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/login");
        byId("username").sendKeys(username);
        byId("password").sendKeys(PASSWORD);
        clickAndWait(byId("login-submit"));
        new WebDriverWait(driver, NAVIGATION).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /** Clicks an element that loads another page and waits until that page is loaded. */
    protected void clickAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        waitForNewPage(page);
    }

    /** Clicks a submit button guarded by a confirmation, accepts it and waits for the next page. */
    protected void clickConfirmAndWait(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, NAVIGATION).until(ExpectedConditions.alertIsPresent()).accept();
        waitForNewPage(page);
    }

    /** Chooses an option of a select by value. */
    protected void choose(String selectId, String value) {
        new Select(byId(selectId)).selectByValue(value);
    }

    /** Scrolls an element into view (before a screenshot). */
    protected void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", byId(id));
    }

    private void waitForNewPage(WebElement old) {
        WebDriverWait wait = new WebDriverWait(driver, NAVIGATION);
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
