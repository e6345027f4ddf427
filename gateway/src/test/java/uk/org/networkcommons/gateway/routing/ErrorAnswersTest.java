package uk.org.networkcommons.gateway.routing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class ErrorAnswersTest {

    @Autowired
    WebTestClient web;

    String bearer;

    @BeforeEach
    void services() {
        FakeServices.reset();
        bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
    }

    @Test
    void anApiPathNoRouteServesIs404ProblemJsonWithoutSpringsWording() {
        web.get().uri("/api/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.detail").isEqualTo("There is nothing at this address.")
                .jsonPath("$.instance").isEqualTo("/api/no-such-thing")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void aMethodTheGatewayDoesNotServeIs405ProblemJsonNamingTheAllowedOnes() {
        web.post().uri("/v3/api-docs/swagger-config").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.ALLOW)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/method-not-allowed");
    }

    @Test
    void aServicesOwnProblemAnswerReachesTheClientAsTheServiceGaveIt() {
        String problem = "{\"type\":\"https://networkcommons.org.uk/problems/not-found\",\"title\":\"Not Found\","
                + "\"status\":404,\"detail\":\"There is no network n-9 you can see.\"}";
        FakeServices.of(Service.NETWORK_SERVICE).answer("GET /api/networks/n-9", Answer.json(404, problem));

        web.get().uri("/api/networks/n-9").header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().json(problem);
    }

    @Test
    void aClientAskingForJsonGetsProblemJsonEvenOutsideTheApiPaths() {
        web.get().uri("/no-such-page").accept(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aPageThatDoesNotExistIsLeftToThePortalsErrorPages() {
        web.get().uri("/no-such-page").accept(MediaType.TEXT_HTML).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }
}
