package org.clinic.kiosk;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page object for any kiosk screen: what a patient can see and touch. */
public final class KioskPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    public KioskPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // a view re-rendering between finding an element and reading it is a retry, not a failure
        this.wait.ignoring(StaleElementReferenceException.class);
    }

    KioskPage waitUntilReady() {
        wait.until(d ->
                !d.findElements(By.cssSelector("#kiosk h1, #staff-area h1")).isEmpty());
        return this;
    }

    /** Taps the control with this id and waits for the server's answer to show. */
    public KioskPage tap(String id) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        element.click();
        waitForServer();
        return this;
    }

    /**
     * Changes the display as a patient does: "Text and colors", then the button with this id
     * ({@code text-large}, {@code contrast}...), then Done.
     */
    public KioskPage display(String id) {
        tap("text-and-colours");
        waitUntilShown("text-and-colours-panel");
        tap(id);
        tap("text-and-colours-done");
        waitUntilGone("text-and-colours-panel");
        return this;
    }

    /** Waits until Vaadin has no request in flight. */
    public void waitForServer() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()));")));
    }

    public String heading() {
        List<WebElement> headings = driver.findElements(By.cssSelector("#content h1, #staff-content h1"));
        return headings.isEmpty() ? "" : headings.getFirst().getText();
    }

    public KioskPage waitForHeading(String text) {
        wait.until(d -> text.equals(heading()));
        return this;
    }

    public boolean shows(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty() && found.getFirst().isDisplayed();
    }

    public String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    public void waitUntilShown(String id) {
        wait.until(d -> shows(id));
    }

    public void waitUntilGone(String id) {
        wait.until(d -> !shows(id));
    }

    /** Whether the control with this id is shown and can be used (not disabled). */
    public boolean enabled(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return !found.isEmpty()
                && found.getFirst().isDisplayed()
                && found.getFirst().isEnabled();
    }

    public void waitUntilEnabled(String id) {
        wait.until(d -> enabled(id));
    }

    /** Waits until the control is shown but disabled: in its place, unable to act just now. */
    public void waitUntilDisabled(String id) {
        wait.until(d -> shows(id) && !enabled(id));
    }

    public boolean rootHasClass(String cssClass) {
        return driver.findElement(By.id("kiosk")).getDomAttribute("class").contains(cssClass);
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
