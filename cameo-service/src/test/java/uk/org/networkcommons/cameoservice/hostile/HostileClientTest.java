package uk.org.networkcommons.cameoservice.hostile;

import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix;
import uk.org.networkcommons.platform.test.hostile.HostileClientTests;

/** The fuzzing and token attacks every service withstands, on every endpoint of cameo-service. */
class HostileClientTest extends HostileClientTests {

    @Override
    protected String service() {
        return HostileTestBase.SERVICE;
    }

    @Override
    protected String probe() {
        return "/api/library/challenges";
    }

    @Override
    protected AuthorizationMatrix.Fixture freshFixture() {
        return new Fixtures(api, mongo).workshopAndAuthoredItems();
    }
}
