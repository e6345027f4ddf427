package uk.org.networkcommons.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;

@GatewayIntegrationTest
class GatewayStartsTest {

    @Autowired
    WebTestClient web;

    @Test
    void readinessIsUpWithoutSigningIn() {
        web.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
