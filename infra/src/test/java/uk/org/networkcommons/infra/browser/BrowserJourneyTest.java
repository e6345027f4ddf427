package uk.org.networkcommons.infra.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.org.networkcommons.infra.DemoUsers;
import uk.org.networkcommons.infra.LaunchedPlatform;
import uk.org.networkcommons.infra.RunningPlatform;

/**
 * The portal as its people use it, in Debian's headless Chromium against the whole launched platform (real Keycloak,
 * the gateway, the three services, real Kafka): a network co-ordinator signs in on Keycloak's login page, runs a
 * workshop (material, a "where we are now / where we want to be" assessment with evidence, a proposed action) and
 * completes it; the action appears in the tracker; the co-ordinator agrees it; the LA officer's dashboard, open all
 * along, shows the change in its live feed without a reload. axe-core checks every page both see.
 */
@ExtendWith(RunningPlatform.class)
@Order(RunningPlatform.LAST)
class BrowserJourneyTest {

    private static final String NETWORK = "Fernmoor North Learning Community";
    private static final Path TARGET = Path.of("target");

    @BeforeAll
    static void needsChromium() {
        assumeTrue(Chromium.installed(), "Debian's chromium and chromium-driver are not installed (.ci/run installs them)");
    }

    @Test
    void aWorkshopsProposedActionReachesTheTrackerAndItsUpdateShowsLiveOnTheLaDashboard(LaunchedPlatform platform) {
        journey(platform.portal());
    }

    /** The whole journey against a running portal (the launched platform's, or a developer's own ./run.sh). */
    static void journey(URI portal) {
        List<String> blocking = Collections.synchronizedList(new ArrayList<>());
        AccessibilityCheck accessibility = new AccessibilityCheck(TARGET.resolve("axe"));
        Screenshots screenshots = new Screenshots(TARGET.resolve("screenshots"));
        String run = UUID.randomUUID().toString().substring(0, 8);
        String workshopTitle = "Planning day " + run;
        String actionTitle = "Share one careers adviser across the cluster " + run;
        LocalDate today = LocalDate.now();
        LocalDate due = today.plusDays(30);

        try (PortalBrowser coordinator = new PortalBrowser(portal, "coordinator", accessibility, screenshots,
                blocking);
                PortalBrowser officer = new PortalBrowser(portal, "la.officer", accessibility, screenshots,
                        blocking)) {
            // the co-ordinator's home page lists their networks
            coordinator.signIn(DemoUsers.PASSWORD);
            assertThat(coordinator.heading()).isEqualTo("Your networks and actions");
            assertThat(coordinator.mainText()).contains(NETWORK);

            coordinator.follow(NETWORK, "network");
            assertThat(coordinator.heading()).isEqualTo(NETWORK);
            assertThat(coordinator.mainText()).contains("Members", "Governance", "Partnership agreement");

            // a workshop: start, pick material, assess one dimension with evidence, propose an action, complete
            coordinator.follow("Start a workshop", "workshop-start");
            coordinator.type("workshop-title", workshopTitle);
            coordinator.type("workshop-date-day", Integer.toString(today.getDayOfMonth()));
            coordinator.type("workshop-date-month", Integer.toString(today.getMonthValue()));
            coordinator.type("workshop-date-year", Integer.toString(today.getYear()));
            coordinator.tick("participants", "a0000901-0000-4000-8000-000000000002");
            coordinator.press("Start the workshop", "workshop");
            assertThat(coordinator.heading()).isEqualTo(workshopTitle);

            coordinator.follow("Choose material", "workshop-material");
            coordinator.tick("challenges", "challenge-capacity");
            coordinator.press("Save the material", "workshop-with-material");

            coordinator.follow("Record a dimension", "workshop-dimension");
            coordinator.type("dimension-name", "Careers guidance across the cluster");
            coordinator.tick("nowRating", "2");
            coordinator.type("now-narrative", "Each school buys its own careers advice; quality varies.");
            coordinator.type("now-evidence-1", "Survey of year 10 pupils, autumn term");
            coordinator.tick("targetRating", "4");
            coordinator.type("target-narrative", "One shared adviser and a common programme in every school.");
            coordinator.press("Save the dimension", "workshop-with-dimension");
            assertThat(coordinator.mainText()).contains("Careers guidance across the cluster");

            coordinator.follow("Propose an action", "workshop-propose-action");
            coordinator.type("action-title", actionTitle);
            coordinator.type("action-description", "Agreed at the planning day.");
            coordinator.choose("action-owner", "Fernmoor Primary School");
            coordinator.type("action-due-day", Integer.toString(due.getDayOfMonth()));
            coordinator.type("action-due-month", Integer.toString(due.getMonthValue()));
            coordinator.type("action-due-year", Integer.toString(due.getYear()));
            coordinator.tick("outcomes", "ACHIEVE_ECONOMIC_WELL_BEING");
            coordinator.press("Propose the action", "workshop-with-action");
            assertThat(coordinator.mainText()).contains(actionTitle);

            coordinator.press("Complete the workshop", "workshop-completed");
            assertThat(coordinator.mainText()).contains("Completed");

            // the LA officer opens the dashboard and leaves it open: no reload from here on
            officer.signIn(DemoUsers.PASSWORD);
            officer.open("/dashboard", "la-dashboard");
            officer.waitFor(By.id("activity-list"));
            officer.driver().executeScript("window.networkCommonsNotReloaded = true;");

            // the proposal becomes an action in the tracker, through Kafka
            coordinator.open("/actions?network=" + networkIdOf(coordinator), "actions");
            new WebDriverWait(coordinator.driver(), Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2))
                    .until(driver -> {
                        if (driver.findElements(By.linkText(actionTitle)).isEmpty()) {
                            driver.navigate().refresh();
                            return false;
                        }
                        return true;
                    });
            coordinator.checkPage("actions-with-new-action");
            coordinator.follow(actionTitle, "action");
            assertThat(coordinator.heading()).isEqualTo(actionTitle);

            coordinator.tick("status", "AGREED");
            coordinator.type("status-comment", "Agreed by the heads' group.");
            coordinator.press("Change status", "action-agreed");
            assertThat(coordinator.mainText()).contains("Agreed");

            // the dashboard's live feed shows the change without a reload
            new WebDriverWait(officer.driver(), Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("activity-list"), "‘" + actionTitle + "’ was agreed"));
            assertThat(officer.driver().executeScript("return window.networkCommonsNotReloaded === true;"))
                    .as("the dashboard was not reloaded").isEqualTo(true);
            officer.checkPage("la-dashboard-live");

            // the library, as a partner would browse it
            coordinator.open("/library", "library");
            coordinator.type("q", "extended services");
            coordinator.press("Search", "library-search");
            coordinator.open("/library/sources", "library-sources");

            // signing out ends the Keycloak session too: the portal asks for a password again
            coordinator.press("Sign out", "signed-out");
            coordinator.driver().get(portal.toString());
            coordinator.waitFor(By.id("username"));
        }

        assertThat(accessibility.pagesChecked()).hasSizeGreaterThanOrEqualTo(18);
        assertThat(blocking).as("axe-core violations of serious or critical impact").isEmpty();
    }

    private static String networkIdOf(PortalBrowser browser) {
        String url = browser.driver().findElement(By.linkText("Back to the network")).getAttribute("href");
        return url.substring(url.lastIndexOf('/') + 1);
    }
}
