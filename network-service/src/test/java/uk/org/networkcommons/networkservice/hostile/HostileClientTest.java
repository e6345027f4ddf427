package uk.org.networkcommons.networkservice.hostile;

import uk.org.networkcommons.networkservice.support.Api;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix;
import uk.org.networkcommons.platform.test.hostile.HostileClientTests;

/** The fuzzing and token attacks every service withstands, on every endpoint of network-service. */
class HostileClientTest extends HostileClientTests {

    @Override
    protected String service() {
        return HostileTestBase.SERVICE;
    }

    @Override
    protected String probe() {
        return "/api/networks";
    }

    @Override
    protected AuthorizationMatrix.Fixture freshFixture() {
        return new Fixtures(new Api(mvc, TOKENS)).network();
    }
}
