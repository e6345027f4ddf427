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
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Expectation;

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
                .listing("GET /api/networks")
                .expect("POST /api/networks", Expectation.FORBIDDEN,
                        "only officers of an LA form its networks (Networks.form)")
                .expect("GET /api/networks/summary", Expectation.HIDDEN,
                        "an LA's network summary is for its officers and the admin (Networks.summary)")
                .expect("POST /api/organisations", Expectation.FORBIDDEN,
                        "only officers of an LA register its organisations (Organisations.register)")
                .expect("PUT /api/organisations/{organisationId}", Expectation.FORBIDDEN,
                        "the organisation register is open to every signed-in person, but only officers of the "
                                + "organisation's LA change it (Organisations)")
                .expect("POST /api/organisations/{organisationId}/join-requests", Expectation.FORBIDDEN,
                        "only staff of an organisation ask for it to join, checked before the network is looked up "
                                + "(MembershipService.requestToJoin)")
                .tests();
    }
}
