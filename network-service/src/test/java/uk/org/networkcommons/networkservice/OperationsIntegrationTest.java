package uk.org.networkcommons.networkservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.org.networkcommons.platform.test.api.Api.Response;

/** What the engineer who runs the service relies on: probes and the API description, without a token. */
class OperationsIntegrationTest extends IntegrationTestBase {

    @Test
    void readinessAndLivenessProbesAnswerWithoutAToken() {
        assertThat(api.get(null, "/actuator/health/readiness").expect(200).field("$.status")).isEqualTo("UP");
        assertThat(api.get(null, "/actuator/health/liveness").expect(200).field("$.status")).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesEveryOrganisationAndNetworkEndpointWithBearerAuth() {
        Response docs = api.get(null, "/v3/api-docs").expect(200);

        assertThat(docs.body()).contains("/api/organisations", "/api/organisations/{organisationId}/join-requests",
                "/api/networks", "/api/networks/{networkId}/members", "/api/networks/{networkId}/membership-history",
                "/api/networks/{networkId}/join-requests/{requestId}/approval", "/api/networks/{networkId}/leaders",
                "/api/networks/{networkId}/agreement/versions/{version}", "\"bearerFormat\":\"JWT\"");
        assertThat(docs.body()).doesNotContain("\"name\":\"viewer\"");
    }
}
