package uk.org.networkcommons.networkservice.hostile;

import org.junit.jupiter.api.BeforeEach;
import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.test.hostile.HostileContext;

/** network-service's hostile tests: the shared context, its API and OpenAPI document, and fixtures of real objects. */
abstract class HostileTestBase extends HostileContext {

    static final String SERVICE = "network-service";

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(new Api(mvc, TOKENS));
    }

    @Override
    protected String service() {
        return SERVICE;
    }
}
