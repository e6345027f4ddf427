package uk.org.networkcommons.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.FakeServices.Received;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class RoutesTest {

    /** A cursor, a repeated filter and an empty value: the query reaches the service exactly as sent. */
    private static final String QUERY = "?cursor=eyJpZCI6MX0&status=OPEN&status=DONE&q=";

    @Autowired
    WebTestClient web;

    @BeforeEach
    void services() {
        FakeServices.reset();
    }

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of(HttpMethod.GET, "/api/organisations", Service.NETWORK_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/organisations/org-1", Service.NETWORK_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/networks", Service.NETWORK_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/networks/n-1", Service.NETWORK_SERVICE),
                Arguments.of(HttpMethod.POST, "/api/networks/n-1/members", Service.NETWORK_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/networks/n-1/workshops", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.POST, "/api/networks/n-1/workshops/w-1/proposals", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/networks/n-1/self-assessments", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.PUT, "/api/networks/n-1/self-assessments/s-1", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/library", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/library/sessions/s-1", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/workshops/w-1", Service.CAMEO_SERVICE),
                Arguments.of(HttpMethod.GET, "/api/actions", Service.ACTION_TRACKER),
                Arguments.of(HttpMethod.DELETE, "/api/actions/a-1/parties/org-2", Service.ACTION_TRACKER));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("routes")
    void everyApiPathReachesItsServiceWithPathQueryBodyAndTokenIntact(HttpMethod method, String path,
            Service service) {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
        String body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{\"note\":\"kept\"}";
        FakeServices.of(service).answer(method.name() + " " + path, Answer.json("{\"from\":\"" + service + "\"}"));

        WebTestClient.RequestBodySpec request = web.method(method).uri(path + QUERY)
                .header(HttpHeaders.AUTHORIZATION, bearer);
        (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.from").isEqualTo(service.toString());

        List<Received> received = FakeServices.of(service).received();
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().method()).isEqualTo(method.name());
        assertThat(received.getFirst().pathAndQuery()).isEqualTo(path + QUERY);
        assertThat(received.getFirst().header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer);
        if (body != null) {
            assertThat(received.getFirst().body()).isEqualTo(body);
        }
        for (Service other : Service.values()) {
            if (other != service) {
                assertThat(FakeServices.of(other).received()).as("%s received nothing", other).isEmpty();
            }
        }
    }
}
