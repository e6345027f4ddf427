package uk.org.networkcommons.gateway.portal.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.portal.shell.Page;
import uk.org.networkcommons.gateway.portal.shell.PortalBrowser;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.gateway.portal.Upstream.NETWORK;
import static uk.org.networkcommons.gateway.portal.Upstream.cameoService;
import static uk.org.networkcommons.gateway.portal.Upstream.json;
import static uk.org.networkcommons.gateway.portal.Upstream.networkService;

@GatewayIntegrationTest
class NetworkPageTest {

    static final String PATH = "/networks/" + NETWORK;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    void networkAnswers(String networkJson) {
        networkService().answer("GET /api/networks/" + NETWORK, json(networkJson))
                .answer("GET /api/networks/" + NETWORK + "/members", json(Upstream.members()))
                .answer("GET /api/networks/" + NETWORK + "/leaders", json(Upstream.leaders(Upstream.COORDINATOR_SUBJECT)))
                .answer("GET /api/networks/" + NETWORK + "/agreement", json(Upstream.agreement()));
        cameoService().answer("GET /api/networks/" + NETWORK + "/workshops", json(Upstream.workshopSummaries()))
                .answer("GET /api/library/continuum", json(Upstream.continuum()))
                .answer("GET /api/library/scenarios", json(Upstream.scenarios()));
    }

    PortalBrowser member() {
        return PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(Upstream.SCHOOL), Upstream.LA));
    }

    @Test
    void aMemberSeesMembersLeadersGovernanceAgreementWorkshopsAndALinkToTheActions() {
        networkAnswers(Upstream.network(NETWORK, "North Cluster"));
        PortalBrowser browser = member();

        Page page = browser.page(PATH).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("North Cluster");
        assertThat(page.mainText()).contains("Your role: Staff of the lead organisation");
        assertThat(page.select("table:has(caption:contains(members today)) tbody tr").eachText()).containsExactly(
                "Oakfield Primary School School Lead 1 September 2025",
                "Riverside Academy School Member 1 January 2026");
        assertThat(page.select("table:has(caption:contains(lead the network)) tbody tr").eachText())
                .containsExactly("Network Co-ordinator Co-ordinator 2 September 2025");
        assertThat(page.mainText()).contains("Soft federation with delegated powers")
                .contains("A joint committee with delegated powers.").contains("Position 2 of 2")
                .contains("Geographic").contains("School improvement").contains("Extended services")
                .contains("Raise attainment in reading across the cluster");
        assertThat(page.select("a[href=/library/scenarios/scenario-alliance]").text()).isEqualTo("Alliance");
        assertThat(page.mainText()).contains("Version 1, recorded on 1 October 2025")
                .contains("Share one reading specialist across every school")
                .contains("One term's notice in writing").contains("Governors of every school were consulted");
        assertThat(page.select("table:has(caption:contains(Service level agreements)) tbody tr").eachText())
                .containsExactly("Reading specialist Oakfield Primary School Pooled budget Two days a week");
        assertThat(page.select("a[href=/workshops/" + Upstream.WORKSHOP + "]").text()).isEqualTo("Autumn review");
        assertThat(page.mainText()).contains("3 December 2026").contains("Scheduled");
        assertThat(page.select("a[href=/actions?network=" + NETWORK + "]")).hasSize(1);
        assertThat(page.select("a:contains(Start a workshop)")).as("a member does not run the network").isEmpty();
        Upstream.everyRequestCarried(browser.bearer());
    }

    @Test
    void theNetworksCoordinatorMayStartAWorkshop() {
        networkAnswers(Upstream.network(NETWORK, "North Cluster"));
        TestUser coordinator = TestUsers.member(OrganisationId.of(Upstream.SCHOOL), Upstream.LA)
                .withSubject(Upstream.COORDINATOR_SUBJECT);

        Page page = PortalBrowser.signedInAs(context, coordinator).page(PATH).isAccessiblyStructured();

        assertThat(page.mainText()).contains("Your role: Co-ordinator, Staff of the lead organisation");
        assertThat(page.select("a.govuk-button:contains(Start a workshop)").attr("href"))
                .isEqualTo("/networks/" + NETWORK + "/workshops/new");
    }

    @Test
    void anOfficerOfTheNetworksLaMayStartAWorkshop() {
        networkAnswers(Upstream.network(NETWORK, "North Cluster"));

        Page page = PortalBrowser.signedInAs(context, TestUsers.laOfficer(Upstream.LA, OrganisationId.of("la-873")))
                .page(PATH);

        assertThat(page.mainText()).contains("Your role: LA officer");
        assertThat(page.select("a.govuk-button:contains(Start a workshop)")).hasSize(1);
    }

    @Test
    void aNetworkWithoutAnAgreementSaysSoWithoutAskingForOne() {
        networkAnswers(Upstream.network(NETWORK, "North Cluster").replace("\"agreementVersion\":1", "\"agreementVersion\":null"));

        Page page = member().page(PATH);

        assertThat(page.mainText()).contains("No partnership agreement has been recorded yet.");
        assertThat(networkService().received()).noneMatch(request -> request.pathAndQuery().endsWith("/agreement"));
    }

    @Test
    void aNetworkThePersonMayNotSeeIsPageNotFoundAndNothingElseAboutItIsAskedFor() {
        networkService().answer("GET /api/networks/" + NETWORK, Upstream.notFound());

        Page page = member().page(PATH, HttpStatus.NOT_FOUND).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Page not found");
        assertThat(page.html()).doesNotContain("North Cluster");
        assertThat(networkService().received()).hasSize(1);
        assertThat(cameoService().received()).isEmpty();
    }

    @Test
    void networkServiceDownIsTheServiceProblemPage() {
        networkService().answer("GET /api/networks/" + NETWORK, Answer.json(503, "{}"));

        Page page = member().page(PATH, HttpStatus.SERVICE_UNAVAILABLE).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Sorry, there is a problem with the service");
    }
}
