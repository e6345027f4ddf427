package uk.org.networkcommons.cameoservice.hostile;

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
 * Every endpoint of cameo-service's OpenAPI document, called about a real network's workshop and real authored items
 * by people who may not see them: 404 exactly as for ones that do not exist, 401 anonymously, exports and lists
 * without them; 403 only where the service's rules let them see but not act.
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
    Stream<DynamicTest> noEndpointShowsStrangersAWorkshopOrItemTheyMayNotSee() {
        return new AuthorizationMatrix(SERVICE, api, document, fixtures::workshopAndAuthoredItems)
                .rules(StrangerRules.CAMEO_SERVICE)
                .except(Fixtures.CO_ORDINATOR, "an LA's workshop summary is for its officers and the admin, not a "
                        + "network's co-ordinator (Workshops.summary)", "GET /api/workshops/summary")
                .except(Fixtures.CO_ORDINATOR, "an officer's draft is theirs and their LA officers' until published, "
                        + "and only they change it (AuthoredItemPolicy)", "GET /api/library/authored/{itemId}",
                        "PUT /api/library/authored/{itemId}", "POST /api/library/authored/{itemId}/publication",
                        "POST /api/library/authored/{itemId}/retirement")
                .tests();
    }
}
