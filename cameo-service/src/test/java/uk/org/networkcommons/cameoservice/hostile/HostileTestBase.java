package uk.org.networkcommons.cameoservice.hostile;

import org.junit.jupiter.api.BeforeEach;
import uk.org.networkcommons.platform.test.hostile.HostileContext;

/** cameo-service's hostile tests: the shared context, its API and OpenAPI document, and fixtures of real objects. */
abstract class HostileTestBase extends HostileContext {

    static final String SERVICE = "cameo-service";

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(api, mongo);
    }

    @Override
    protected String service() {
        return SERVICE;
    }
}
