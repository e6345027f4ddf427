package uk.org.networkcommons.gateway.portal.home;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.portal.shell.Dates;
import uk.org.networkcommons.gateway.portal.shell.Page;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.gateway.stream.Events;
import uk.org.networkcommons.gateway.stream.Published;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.api.NetworkFeed;
import uk.org.networkcommons.platform.test.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static uk.org.networkcommons.gateway.portal.Upstream.NETWORK;
import static uk.org.networkcommons.gateway.portal.Upstream.actionTracker;
import static uk.org.networkcommons.gateway.portal.Upstream.json;
import static uk.org.networkcommons.gateway.portal.Upstream.networkService;

@GatewayIntegrationTest
class HomePageTest {

    static final String OTHER_NETWORK = "2b3c4d5e-6f70-4819-a2b3-c4d5e6f70819";

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    void twoNetworks() {
        networkService().answer("GET /api/networks", json("[" + Upstream.network(NETWORK, "North Cluster") + ","
                        + Upstream.network(OTHER_NETWORK, "Alpha Partnership") + "]"))
                .answer("GET /api/networks/" + NETWORK + "/members", json(Upstream.members()))
                .answer("GET /api/networks/" + NETWORK + "/leaders", json("[]"))
                .answer("GET /api/networks/" + OTHER_NETWORK + "/members", json(Upstream.members()))
                .answer("GET /api/networks/" + OTHER_NETWORK + "/leaders", json(Upstream.leaders(Upstream.COORDINATOR_SUBJECT)));
    }

    @Test
    void myNetworksAreListedByNameWithMyRoleInEach() {
        twoNetworks();
        actionTracker().answer("GET /api/actions", json(Upstream.actionPage()));
        PortalBrowser browser = PortalBrowser.signedInAs(context,
                TestUsers.member(OrganisationId.of(Upstream.OTHER_SCHOOL), Upstream.LA).withSubject(Upstream.COORDINATOR_SUBJECT));

        Page page = browser.page("/").isAccessiblyStructured();

        assertThat(page.select("#networks + table tbody tr, #networks ~ table").first().select("tbody tr").eachText())
                .containsExactly("Alpha Partnership Cluster Co-ordinator, Staff of a member organisation",
                        "North Cluster Cluster Staff of a member organisation");
        assertThat(page.select("a[href=/networks/" + NETWORK + "]").first().text()).isEqualTo("North Cluster");
        Upstream.everyRequestCarried(browser.bearer());
    }

    @Test
    void anLaOfficersNetworksNeedNoCallPerNetwork() {
        networkService().answer("GET /api/networks", json("[" + Upstream.network(NETWORK, "North Cluster") + "]"));
        actionTracker().answer("GET /api/actions", json(Upstream.actionPage()));

        Page page = PortalBrowser.signedInAs(context, TestUsers.laOfficer(Upstream.LA, OrganisationId.of("la-873")))
                .page("/");

        assertThat(page.mainText()).contains("North Cluster Cluster LA officer");
        assertThat(networkService().received()).hasSize(1);
    }

    @Test
    void myOverdueActionsAndThoseDueInTheNextFortnightAreShownWithTheirNetwork() {
        twoNetworks();
        LocalDate today = LocalDate.now(Dates.UK);
        actionTracker().answer("GET /api/actions", json(Upstream.actionPage(
                Upstream.actionRow("a1", "Share the reading plan", "IN_PROGRESS", today.minusDays(3).toString()))));
        PortalBrowser browser = PortalBrowser.signedInAs(context,
                TestUsers.member(OrganisationId.of(Upstream.SCHOOL), Upstream.LA));

        Page page = browser.page("/").isAccessiblyStructured();

        var requests = actionTracker().received().stream().map(FakeServices.Received::pathAndQuery).toList();
        assertThat(requests).hasSize(2).allMatch(path -> path.contains("mine=true"));
        assertThat(requests).anyMatch(path -> path.contains("overdue=true"));
        assertThat(requests).anyMatch(path -> path.contains("dueAfter=" + today.minusDays(1))
                && path.contains("dueBefore=" + today.plusDays(15)));
        assertThat(page.select("table:has(caption:contains(Overdue actions)) tbody tr").eachText())
                .containsExactly("Share the reading plan North Cluster " + new Dates().day(today.minusDays(3)) + " Overdue");
        assertThat(page.select("a[href=/actions/a1]")).hasSize(2);
        Upstream.everyRequestCarried(browser.bearer());
    }

    @Test
    void finishedActionsAreNotDueSoon() {
        twoNetworks();
        String tomorrow = LocalDate.now(Dates.UK).plusDays(1).toString();
        actionTracker().answer("GET /api/actions", json(Upstream.actionPage(
                Upstream.actionRow("a2", "Train the governors", "DONE", tomorrow),
                Upstream.actionRow("a3", "Book the hall", "AGREED", tomorrow))));

        Page page = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(Upstream.SCHOOL))).page("/");

        assertThat(page.select("table:has(caption:contains(next two weeks)) tbody tr").eachText())
                .containsExactly("Book the hall North Cluster " + new Dates().day(LocalDate.parse(tomorrow)) + " Agreed");
    }

    @Test
    void theActionTrackerBeingDownLeavesTheRestOfTheHomePageWorking() {
        twoNetworks();
        actionTracker().answer("GET /api/actions", Answer.json(503, "{}"));

        Page page = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(Upstream.SCHOOL))).page("/")
                .isAccessiblyStructured();

        assertThat(page.mainText()).contains("Your actions cannot be shown at the moment").contains("North Cluster");
    }

    @Test
    void recentActivityComesFromTheLiveEventStreamInWords() {
        twoNetworks();
        actionTracker().answer("GET /api/actions", json(Upstream.actionPage()));
        String title = "Plan the transition " + java.util.UUID.randomUUID();
        Published.publish(Events.actionRaised(NetworkFeed.of(Published.freshLaCode()),
                OrganisationId.of(Upstream.SCHOOL), java.util.Set.of(), title));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(Upstream.SCHOOL))).page("/")
                        .mainText()).contains("Action ‘" + title + "’ was raised"));
    }
}
