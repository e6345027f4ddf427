package uk.org.networkcommons.networkservice.hostile;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.ServiceIntegrationTest;
import uk.org.networkcommons.platform.test.api.Tokens;

/** The shared context of network-service's integration tests, its API, and the OpenAPI document it publishes. */
@ServiceIntegrationTest
abstract class HostileTestBase {

    static final String SERVICE = "network-service";
    static final Tokens TOKENS = Tokens.testIssuer();

    @Autowired
    MockMvc mvc;

    Api api;
    OpenApiEndpoints document;
    Fixtures fixtures;

    @BeforeEach
    void api() {
        api = new Api(mvc, TOKENS);
        document = OpenApiEndpoints.of(mvc);
        fixtures = new Fixtures(api);
    }
}
