package vn.kdclgd.app.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * When a browser test fails, prints the page it was on (address and visible text) and saves a screenshot
 * {@code target/screenshots/FAILED-<test>.png}, so a failure can be understood from the build log.
 */
public class PageOnFailure implements TestWatcher {
    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver driver = BrowserTestSupport.driver;
        if (driver == null) {
            return;
        }
        try {
            String text = driver.findElement(By.tagName("body")).getText();
            System.err.println("FAILED " + context.getDisplayName() + " on " + driver.getCurrentUrl() + ":\n"
                    + text.substring(0, Math.min(text.length(), 3000)));
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.createDirectories(BrowserTestSupport.SCREENSHOTS);
            Files.copy(shot.toPath(), BrowserTestSupport.SCREENSHOTS.resolve("FAILED-" + context.getRequiredTestMethod().getName() + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (RuntimeException | IOException e) {
            System.err.println("FAILED " + context.getDisplayName() + " (page not available: " + e + ")");
        }
    }
}
