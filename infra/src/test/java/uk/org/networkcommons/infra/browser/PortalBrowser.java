package uk.org.networkcommons.infra.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser on the portal: signs in on Keycloak's own login page, follows links and fills forms as a
 * person would (by their labels' targets, clicking the visible buttons), and checks every page it lands on with
 * axe-core and a screenshot.
 */
final class PortalBrowser implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final URI portal;
    private final String person;
    private final AccessibilityCheck accessibility;
    private final Screenshots screenshots;
    private final List<String> blockingViolations;

    PortalBrowser(URI portal, String person, AccessibilityCheck accessibility, Screenshots screenshots,
            List<String> blockingViolations) {
        this.driver = Chromium.start();
        this.portal = portal;
        this.person = person;
        this.accessibility = accessibility;
        this.screenshots = screenshots;
        this.blockingViolations = blockingViolations;
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the portal, is sent to Keycloak, signs in there and lands back on the portal's home page. */
    void signIn(String password) {
        driver.get(portal.toString());
        waitFor(By.id("username"));
        checkPage("keycloak-sign-in");
        driver.findElement(By.id("username")).sendKeys(person);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.urlToBe(portal.resolve("/").toString()));
        checkPage("home");
    }

    void open(String path, String pageName) {
        driver.get(portal.resolve(path).toString());
        checkPage(pageName);
    }

    void follow(String linkText, String pageName) {
        waitFor(By.partialLinkText(linkText)).click();
        checkPage(pageName);
    }

    void type(String fieldId, String text) {
        WebElement field = waitFor(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
    }

    void choose(String fieldId, String visibleText) {
        new Select(waitFor(By.id(fieldId))).selectByVisibleText(visibleText);
    }

    /** Ticks the radio or checkbox with this name and value (clicking its label, as a person does). */
    void tick(String name, String value) {
        // GOV.UK radios and checkboxes draw their own box over the real input, which is therefore never "visible"
        WebElement input = new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("input[name='" + name + "'][value='" + value + "']")));
        driver.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).click();
    }

    /** Presses the button with this text and checks the page the form's answer leads to. */
    void press(String buttonText, String pageName) {
        waitFor(By.xpath("//button[normalize-space()='" + buttonText + "']")).click();
        checkPage(pageName);
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    String mainText() {
        return waitFor(By.tagName("main")).getText();
    }

    WebElement waitFor(By what) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.visibilityOfElementLocated(what));
    }

    /** axe-core and a screenshot of the page the browser shows now; blocking findings are collected, not thrown. */
    void checkPage(String pageName) {
        waitFor(By.tagName("body"));
        String name = person + "-" + pageName;
        screenshots.take(driver, name);
        blockingViolations.addAll(accessibility.blockingViolations(driver, name));
    }

    List<String> pagesChecked() {
        return new ArrayList<>(accessibility.pagesChecked());
    }

    @Override
    public void close() {
        driver.quit();
    }
}
