package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * When Keycloak cannot be reached, a token whose key the gateway has not fetched yet cannot be checked: the caller is
 * told to retry shortly (503 problem+json with Retry-After), not that the token is bad (401) or that the gateway broke
 * (500), and nothing is routed.
 */
@GatewayIntegrationTest
class IdentityProviderOutageTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();

    @Autowired
    WebTestClient web;

    @BeforeEach
    void services() {
        FakeServices.reset();
        FakeServices.of(Service.NETWORK_SERVICE).answer("GET /api/networks", Answer.json("[]"));
    }

    @Test
    void aTokenThatCannotBeCheckedWhileKeycloakIsDownGets503ProblemWithRetryAfterAndIsNotRouted() {
        String newKey = ISSUER.publishNewKey();
        String bearer = "Bearer " + ISSUER.token(TestUsers.platformAdmin()).signedBy(newKey).encode();
        EntityExchangeResult<byte[]> answer;
        try (TestJwtIssuer.Outage keycloakDown = ISSUER.outage()) {
            answer = web.get().uri("/api/networks").header("Authorization", bearer)
                    .accept(MediaType.APPLICATION_JSON).exchange().expectBody().returnResult();
        }

        assertThat(answer.getStatus().value()).isEqualTo(503);
        assertThat(answer.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(answer.getResponseHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(new String(answer.getResponseBodyContent())).contains(Problems.IDENTITY_PROVIDER_UNAVAILABLE)
                .doesNotContain("Exception");
        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).isEmpty();
    }
}
