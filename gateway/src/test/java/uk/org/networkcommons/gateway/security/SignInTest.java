package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.BrowserSessions;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.security.ViewerJwtConverter;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class SignInTest {

    @Autowired
    WebTestClient web;

    @Autowired
    ReactiveJwtDecoder jwtDecoder;

    @BeforeEach
    void services() {
        FakeServices.reset();
        FakeServices.of(Service.NETWORK_SERVICE).answer("GET /api/networks", Answer.json("[]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "text/html", "*/*"})
    void anApiCallWithoutATokenIs401ProblemJsonAndNeverARedirect(String accept) {
        web.get().uri("/api/networks").header(HttpHeaders.ACCEPT, accept)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo("/api/networks");

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }

    /** Found by the authorization matrix through the launched gateway: these were 403 "Form expired". */
    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
    void anApiWriteWithoutATokenOrACookieIs401ProblemJsonLikeARead(String method) {
        web.method(HttpMethod.valueOf(method)).uri("/api/networks/n-1")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"North\"}")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/unauthenticated")
                .jsonPath("$.status").isEqualTo(401);

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/networks/n-1", "/actions?status=OPEN"})
    void aPageWithoutASessionRedirectsToKeycloakSignIn(String page) {
        web.get().uri(page).accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location(SecurityConfiguration.SIGN_IN_PATH);
    }

    @Test
    void signInStartsTheAuthorizationCodeFlowWithPkceS256() {
        URI keycloak = web.get().uri(SecurityConfiguration.SIGN_IN_PATH).accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(keycloak).isNotNull();
        assertThat(keycloak.getPath()).endsWith("/realms/network-commons/protocol/openid-connect/auth");
        MultiValueMap<String, String> query = UriComponentsBuilder.fromUri(keycloak).build().getQueryParams();
        assertThat(query.getFirst("response_type")).isEqualTo("code");
        assertThat(query.getFirst("client_id")).isEqualTo(BrowserSessions.PORTAL_CLIENT_ID);
        assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
        // base64url of a SHA-256 digest, without padding
        assertThat(query.getFirst("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.getFirst("state")).isNotBlank();
        assertThat(query.getFirst("redirect_uri")).endsWith("/login/oauth2/code/keycloak");
    }

    @Test
    void aSignInThatCannotCompleteShowsAnErrorInsteadOfStartingOverInALoop() {
        web.get().uri("/login/oauth2/code/keycloak?code=stolen-code&state=unknown-state").accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void aBearerTokenIsAcceptedAndReachesTheServiceUnchanged() {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();

        web.get().uri("/api/networks").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isOk();

        Received received = FakeServices.of(Service.NETWORK_SERVICE).received().getFirst();
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
    }

    @Test
    void aServiceAccountTokenOfAnLaDashboardIsAcceptedAndIsAnLaOfficerViewer() {
        OrganisationId council = OrganisationId.random();
        TestUser serviceAccount = TestUser.of("service-account-la-dashboard-873", council.value(), "873",
                List.of(Viewer.Role.LA_OFFICER));
        // what Keycloak issues for client credentials: no person's name, the client named in azp and client_id
        String token = TestJwtIssuer.instance().token(serviceAccount)
                .claim("azp", "la-dashboard-873")
                .claim(ClientKeys.CLIENT_ID_CLAIM, "la-dashboard-873")
                .claim("preferred_username", "service-account-la-dashboard-873")
                .claim("scope", "profile email")
                .encode();

        Viewer viewer = jwtDecoder.decode(token).map(ViewerJwtConverter::toViewer).block();
        assertThat(viewer).isNotNull();
        assertThat(viewer.laCode()).hasToString("873");
        assertThat(viewer.roles()).containsExactly(Viewer.Role.LA_OFFICER);
        assertThat(viewer.organisationId()).isEqualTo(council);

        web.get().uri("/api/networks").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectStatus().isOk();
        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received().getFirst().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void anExpiredTokenIs401InvalidTokenWithTheStandardChallenge() {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).expired().bearer();

        web.get().uri("/api/networks").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE,
                        challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/invalid-token");

        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefusedAsTheServicesWouldRefuseIt() {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random()))
                .audience("some-other-client").bearer();

        web.get().uri("/api/networks").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPageCalledWithABearerTokenIsAnsweredAsAnApiClientNotRedirected() {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).expired().bearer();

        web.get().uri("/networks/n-1").accept(MediaType.TEXT_HTML).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void probesAndStaticFilesNeedNoSignIn() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        web.get().uri("/portal.css").exchange().expectStatus().isOk();
        web.get().uri("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").exchange().expectStatus().isOk();
    }
}
