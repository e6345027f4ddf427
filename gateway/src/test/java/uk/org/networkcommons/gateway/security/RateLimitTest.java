package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * Runs against the configured limit in the shared context: each test spends the allowance of a client of its own (a
 * fresh token subject), so no other test's client is slowed down.
 */
@GatewayIntegrationTest
class RateLimitTest {

    @Autowired
    WebTestClient web;

    @Autowired
    EdgeSecurityProperties properties;

    @BeforeEach
    void services() {
        FakeServices.reset();
    }

    @Test
    void aClientOverItsAllowanceGets429ProblemJsonWithRetryAfterAndOthersAreStillServed() {
        String greedy = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
        int capacity = properties.rateLimit().capacity();

        int served = 0;
        EntityExchangeResult<byte[]> refused = null;
        // the bucket regains refill-per-second requests while the loop runs, so allow well beyond the capacity
        for (int attempt = 0; attempt < capacity * 10 && refused == null; attempt++) {
            EntityExchangeResult<byte[]> result = web.get().uri("/api/rate-limit-probe")
                    .header(HttpHeaders.AUTHORIZATION, greedy)
                    .exchange().expectBody().returnResult();
            if (result.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                refused = result;
            } else {
                assertThat(result.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
                served++;
            }
        }

        assertThat(refused).as("429 after the allowance").isNotNull();
        assertThat(served).isGreaterThanOrEqualTo(capacity);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(new String(refused.getResponseBodyContent()))
                .contains("\"type\":\"https://networkcommons.org.uk/problems/too-many-requests\"")
                .contains("\"status\":429");

        String other = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
        web.get().uri("/api/rate-limit-probe").header(HttpHeaders.AUTHORIZATION, other)
                .exchange()
                .expectStatus().isNotFound();
    }
}
