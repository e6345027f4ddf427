package uk.org.networkcommons.gateway.portal.shell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.gateway.portal.Upstream.cameoService;

/** How a page looks when the service behind it fails, whichever page it is (here the sources page). */
@GatewayIntegrationTest
class ServiceFailurePagesTest {

    @Autowired
    ApplicationContext context;

    PortalBrowser browser;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        browser = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of(Upstream.SCHOOL)));
    }

    @Test
    void aServiceThatIsDownIsTheGovukThereIsAProblemPageWith503() {
        cameoService().answer("GET /api/library/sources", Answer.json(503, """
                {"title":"Service Unavailable","status":503,"detail":"Something went wrong on our side."}"""));

        Page page = browser.page("/library/sources", HttpStatus.SERVICE_UNAVAILABLE).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.mainText()).contains("Try again later.");
        assertThat(page.title()).isEqualTo("Sorry, there is a problem with the service – Network Commons");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsThe503PageNotAHangingRequest() {
        cameoService().answer("GET /api/library/sources",
                Answer.json(Upstream.sources()).after(ServiceCalls.TIMEOUT.toMillis() + 2_000));

        Page page = browser.page("/library/sources", HttpStatus.SERVICE_UNAVAILABLE);

        assertThat(page.h1()).isEqualTo("Sorry, there is a problem with the service");
    }

    @Test
    void aServicesOwnFailureIsTheSameProblemPageAsABadGateway() {
        cameoService().answer("GET /api/library/sources", Answer.json(500, """
                {"title":"Internal Server Error","status":500,"detail":"Something went wrong on our side.",\
                "correlationId":"1f2e3d4c"}"""));

        Page page = browser.page("/library/sources", HttpStatus.BAD_GATEWAY).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(page.html()).doesNotContain("1f2e3d4c").doesNotContain("Internal Server Error");
    }

    @Test
    void aRefusalShowsTheServicesReasonOnTheYouCannotDoThisPage() {
        cameoService().answer("GET /api/library/sources",
                Upstream.problem(403, "Forbidden", "Only co-ordinators can read this."));

        Page page = browser.page("/library/sources", HttpStatus.FORBIDDEN).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("You cannot do this");
        assertThat(page.mainText()).contains("Only co-ordinators can read this.");
    }

    @Test
    void theHeaderNamesThePersonAndOffersTheLaDashboardOnlyToLaOfficers() {
        cameoService().answer("GET /api/library/sources", Answer.json(Upstream.sources()));

        Page member = browser.page("/library/sources");
        Page officer = PortalBrowser.signedInAs(context,
                TestUsers.laOfficer(Upstream.LA, OrganisationId.of("la-873"))).page("/library/sources");

        assertThat(member.select(".govuk-phase-banner").text()).contains("Signed in as Member");
        assertThat(member.select("a[href=/dashboard]")).isEmpty();
        assertThat(member.select(".govuk-service-navigation__item--active a").attr("href")).isEqualTo("/library");
        assertThat(member.select("a[aria-current=page]").attr("href")).isEqualTo("/library");
        assertThat(officer.select("a[href=/dashboard]").text()).isEqualTo("LA dashboard");
        assertThat(officer.select(".govuk-phase-banner").text()).contains("Signed in as LA Officer 873");
    }
}
