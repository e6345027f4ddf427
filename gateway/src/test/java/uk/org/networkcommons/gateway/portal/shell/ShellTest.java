package uk.org.networkcommons.gateway.portal.shell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestUsers;

import static org.assertj.core.api.Assertions.assertThat;

@GatewayIntegrationTest
class ShellTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void reset() {
        FakeServices.reset();
    }

    @Test
    void govukFrontendFontsAndImagesAreServedWhereItsCssLooksForThem() {
        web.get().uri("/assets/fonts/bold-b542beb274-v2.woff2").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*max-age=\\d+.*");
        web.get().uri("/assets/images/govuk-crest.svg").exchange().expectStatus().isOk();
    }

    @Test
    void theStylesheetAndScriptsTheLayoutLinksToAreServedWithoutSigningIn() {
        String css = web.get().uri("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(css).contains("url(/assets/fonts/");
        web.get().uri("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").exchange().expectStatus().isOk();
    }

    @Test
    void anAddressThatIsNoPageIsTheGovukPageNotFound() {
        PortalBrowser browser = PortalBrowser.signedInAs(context, TestUsers.member(OrganisationId.of("org-school-1")));

        Page page = browser.page("/no-such-page", HttpStatus.NOT_FOUND).isAccessiblyStructured();

        assertThat(page.h1()).isEqualTo("Page not found");
        assertThat(page.mainText()).contains("check it is correct");
    }
}
