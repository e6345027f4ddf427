package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriComponentsBuilder;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.BrowserSessions;
import uk.org.networkcommons.gateway.support.BrowserSessions.BrowserSession;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class BrowserSessionTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ApplicationContext context;

    @Autowired
    EdgeSecurityProperties properties;

    BrowserSession browser;

    @BeforeEach
    void signIn() {
        FakeServices.reset();
        FakeServices.of(Service.NETWORK_SERVICE)
                .answer("GET /api/networks", Answer.json("[]"))
                .answer("POST /api/networks", Answer.json(201, "{\"id\":\"n-1\"}"));
        browser = new BrowserSessions(context).signIn(TestUsers.member(OrganisationId.random()));
    }

    @Test
    void formsOnPortalPagesCarryTheSessionsCsrfTokenWithoutCodeInThePage() {
        assertThat(browser.csrfToken()).isNotBlank();
        assertThat(browser.layoutHtml()).contains("name=\"_csrf\"");
    }

    @Test
    void aSessionCallToTheApiRelaysThePersonsAccessTokenAndNotTheirCookie() {
        web.get().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .exchange()
                .expectStatus().isOk();

        Received received = FakeServices.of(Service.NETWORK_SERVICE).received().getFirst();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + browser.accessToken());
        assertThat(received.header(HttpHeaders.COOKIE)).isNull();
    }

    @Test
    void aSessionPostWithoutTheCsrfTokenIsRefusedWith403ProblemJson() {
        web.post().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"North\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/csrf-token-invalid")
                .jsonPath("$.status").isEqualTo(403);

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }

    @Test
    void aSessionPostWithTheTokenOfTheRenderedFormReachesTheServiceAsThePerson() {
        web.post().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .header("X-CSRF-TOKEN", browser.csrfToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"North\"}")
                .exchange()
                .expectStatus().isCreated();

        Received received = FakeServices.of(Service.NETWORK_SERVICE).received().getFirst();
        assertThat(received.body()).isEqualTo("{\"name\":\"North\"}");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + browser.accessToken());
        assertThat(received.header("X-CSRF-TOKEN")).isNull();
    }

    @Test
    void aFormEncodedApiCallFromTheBrowserIsForwardedWholeWithTheTokenFromItsHeader() {
        web.post().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .header("X-CSRF-TOKEN", browser.csrfToken())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("name=North&laCode=873")
                .exchange()
                .expectStatus().isCreated();

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received().getFirst().body())
                .isEqualTo("name=North&laCode=873");
    }

    @Test
    void anApiCallCarriesItsCsrfTokenInTheHeaderNotInTheBodyThatBelongsToTheService() {
        web.post().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("_csrf=" + browser.csrfToken() + "&name=North")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }

    @Test
    void aCsrfTokenThatDoesNotUnmaskToTextIsRefusedAs403NotFailedAsTheGatewaysOwnError() {
        // masked tokens are a random mask and the token XOR the mask: all-ones against a zero mask unmasks to 0xFF
        // bytes, which are not UTF-8
        byte[] forged = new byte[2 * 36];
        java.util.Arrays.fill(forged, 36, forged.length, (byte) 0xFF);
        String token = java.util.Base64.getUrlEncoder().encodeToString(forged);

        web.post().uri("/logout").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData("_csrf", token))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        web.post().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .header("X-CSRF-TOKEN", token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"North\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }

    @Test
    void aPageFormPostedWithoutTheTokenShowsAnErrorPageNotJson() {
        web.post().uri("/networks/n-1/members").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData("organisation", "school-1"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void signingOutEndsTheGatewaySessionAndSendsTheBrowserToEndTheKeycloakSession() {
        String port = String.valueOf(web.get().uri("/").exchange().returnResult(Void.class).getUrl().getPort());

        URI location = web.post().uri("/logout").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .accept(MediaType.TEXT_HTML)
                .body(BodyInserters.fromFormData("_csrf", browser.csrfToken()))
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        URI endSession = properties.signOut().endSessionUri();
        assertThat(location).isNotNull();
        assertThat(location.getScheme() + "://" + location.getRawAuthority() + location.getPath())
                .isEqualTo(endSession.toString());
        var query = UriComponentsBuilder.fromUri(location).build().getQueryParams();
        assertThat(query.getFirst("id_token_hint")).isEqualTo(browser.idToken());
        assertThat(query.getFirst("client_id")).isEqualTo(BrowserSessions.PORTAL_CLIENT_ID);
        assertThat(query.getFirst("post_logout_redirect_uri")).isEqualTo("http://localhost:" + port + "/");

        web.get().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void signingOutWithoutTheTokenIsRefusedAndTheSessionGoesOn() {
        web.post().uri("/logout").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .exchange()
                .expectStatus().isForbidden();

        web.get().uri("/api/networks").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aBearerCallerNeedsNoCsrfTokenBecauseNoBrowserSendsBearerTokensByItself() {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();

        web.post().uri("/api/networks").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"North\"}")
                .exchange()
                .expectStatus().isCreated();

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received().getFirst().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo(bearer);
    }
}
