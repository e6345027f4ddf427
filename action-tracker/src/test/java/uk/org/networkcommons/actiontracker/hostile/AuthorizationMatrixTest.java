package uk.org.networkcommons.actiontracker.hostile;

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
 * Every endpoint of action-tracker's OpenAPI document, called about a real action by people who may not see it: 404
 * exactly as for an action that does not exist, 401 anonymously, the list and the CSV export without it.
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
    Stream<DynamicTest> noEndpointShowsStrangersAnActionTheyMayNotSee() {
        return new AuthorizationMatrix(SERVICE, api, document, fixtures::action)
                .rules(StrangerRules.ACTION_TRACKER)
                .except(Fixtures.CO_ORDINATOR, "an LA's summary is for its officers and the platform admin",
                        "GET /api/actions/summary")
                .tests();
    }
}
