package uk.org.networkcommons.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.platform.testapp.ProblemAssert.assertProblem;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.testapp.TestAppTest;
import uk.org.networkcommons.platform.testapp.TestHttp;

/** Real tokens against the real validation path: one test per way a token can be wrong. */
@TestAppTest
class TokenValidationTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();

    @LocalServerPort
    int port;

    TestHttp http;
    TestUser officer = TestUsers.laOfficer("873", OrganisationId.of("org-cambs"));

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void validTokenIsAcceptedAndTheControllerReceivesTheViewerBuiltFromIt() {
        TestHttp.Response response = http.get("/test/me", ISSUER.token(officer).bearer());

        assertThat(response.status()).isEqualTo(200);
        JsonNode viewer = response.json();
        assertThat(viewer.path("userId").asString()).isEqualTo(officer.subject());
        assertThat(viewer.path("displayName").asString()).isEqualTo("LA Officer 873");
        assertThat(viewer.path("organisationId").asString()).isEqualTo("org-cambs");
        assertThat(viewer.path("laCode").asString()).isEqualTo("873");
        assertThat(viewer.path("roles").toString()).isEqualTo("[\"la-officer\"]");
    }

    @Test
    void tokenThatCannotBeCheckedBecauseKeycloakIsDownGets503ProblemWithRetryAfterNot500() {
        String newKey = ISSUER.publishNewKey();
        TestHttp.Response response;
        try (TestJwtIssuer.Outage keycloakDown = ISSUER.outage()) {
            response = http.get("/test/me", ISSUER.token(officer).signedBy(newKey).bearer());
        }

        assertProblem(response, 503, Problems.IDENTITY_PROVIDER_UNAVAILABLE);
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(http.get("/test/me", ISSUER.token(officer).signedBy(newKey).bearer()).status())
                .as("the same token once Keycloak answers again").isEqualTo(200);
    }

    @Test
    void requestWithoutTokenIsRejectedWith401Problem() {
        TestHttp.Response response = http.get("/test/me", null);

        assertProblem(response, 401, Problems.UNAUTHENTICATED);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
    }

    @Test
    void unsignedTokenWithAlgNoneIsRejected() {
        assertRejected(ISSUER.token(officer).unsigned().bearer());
    }

    @Test
    void hs256TokenKeyedWithTheIssuersPublicKeyIsRejected() {
        assertRejected(ISSUER.token(officer).hs256WithPublicKey().bearer());
    }

    @Test
    void tokenSignedByAnUnknownKeyIsRejected() {
        assertRejected(ISSUER.token(officer).signedByUnknownKey().bearer());
    }

    @Test
    void tokenSignedByAnotherKeyUnderTheIssuersKeyIdIsRejected() {
        assertRejected(ISSUER.token(officer).forgedWithOurKeyId().bearer());
    }

    @Test
    void tokenWhoseClaimsWereEditedAfterSigningIsRejected() {
        assertRejected(ISSUER.token(officer).tampered().bearer());
    }

    @Test
    void tokenNamingAKeyIdTheIssuerDoesNotPublishIsRejected() {
        assertRejected(ISSUER.token(officer).keyId("no-such-key").bearer());
    }

    @Test
    void tokenFromAnotherIssuerIsRejected() {
        assertRejected(ISSUER.token(officer).issuer("http://127.0.0.1:1/realms/elsewhere").bearer());
    }

    @Test
    void tokenWithoutAudienceIsRejected() {
        assertRejected(ISSUER.token(officer).noAudience().bearer());
    }

    @Test
    void tokenForAnotherAudienceIsRejected() {
        assertRejected(ISSUER.token(officer).audience("another-api", "account").bearer());
    }

    @Test
    void expiredTokenIsRejected() {
        assertRejected(ISSUER.token(officer).expired().bearer());
    }

    @Test
    void notYetValidTokenIsRejected() {
        assertRejected(ISSUER.token(officer).notYetValid().bearer());
    }

    @Test
    void tokenWithoutExpiryIsRejected() {
        assertRejected(ISSUER.token(officer).without("exp").bearer());
    }

    @Test
    void tokenWithoutSubjectIsRejected() {
        assertRejected(ISSUER.token(officer).without("sub").bearer());
    }

    @Test
    void authorizationHeaderThatIsNotAJwtIsRejected() {
        assertRejected("Bearer not.a.jwt");
    }

    @Test
    void tokenExpiredWithinTheClockSkewIsStillAccepted() {
        String token = ISSUER.token(officer).expiresAt(Instant.now().minus(Duration.ofSeconds(10))).bearer();

        assertThat(http.get("/test/me", token).status()).isEqualTo(200);
    }

    @Test
    void tokenSignedByARotatedKeyIsAcceptedOnceTheNewKeySetIsFetched() {
        assertThat(http.get("/test/me", ISSUER.token(officer).bearer()).status()).isEqualTo(200);
        int fetchesBefore = ISSUER.jwksRequests();

        TestHttp.Response response = http.get("/test/me", ISSUER.token(officer).signedByRotatedKey().bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(ISSUER.jwksRequests()).as("the key set was fetched again").isGreaterThan(fetchesBefore);
    }

    private void assertRejected(String authorization) {
        TestHttp.Response response = http.get("/test/me", authorization);

        JsonNode problem = assertProblem(response, 401, Problems.INVALID_TOKEN);
        assertThat(problem.path("instance").asString()).isEqualTo("/test/me");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
    }
}
