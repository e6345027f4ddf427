package uk.org.networkcommons.networkservice.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix;
import uk.org.networkcommons.platform.test.hostile.StrangerRules;

/**
 * Every endpoint of network-service's OpenAPI document, called about a real network by people who may not see it:
 * 404 exactly as for a network that does not exist, 401 anonymously, lists without it; 403 only where the service's
 * rules let them see but not act.
 */
class AuthorizationMatrixTest extends HostileTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void theOpenApiDocumentListsEveryMappedEndpoint() {
        assertThat(document.keys()).containsExactlyInAnyOrderElementsOf(
                OpenApiEndpoints.mapped(mappings, "/api/", false));
    }

    @TestFactory
    Stream<DynamicTest> noEndpointShowsStrangersANetworkTheyMayNotSee() {
        return new AuthorizationMatrix(SERVICE, api, document, fixtures::network)
                .rules(StrangerRules.NETWORK_SERVICE)
                .tests();
    }
}
