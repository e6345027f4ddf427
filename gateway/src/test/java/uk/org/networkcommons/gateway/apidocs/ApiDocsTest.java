package uk.org.networkcommons.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;

@GatewayIntegrationTest
class ApiDocsTest {

    @Autowired
    WebTestClient web;

    @BeforeEach
    void services() {
        FakeServices.reset();
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void eachServicesDocumentIsServedThroughTheGatewayWithoutSigningInAndPointsAtTheGateway(Service service) {
        String name = service.configName();
        FakeServices.of(service).answer("GET /v3/api-docs", Answer.json("""
                {"openapi":"3.1.0","info":{"title":"Network Commons: %s","version":"v1"},
                 "servers":[{"url":"http://127.0.0.1:8082","description":"Generated server url"}],
                 "paths":{"/api/things":{"get":{"operationId":"list"}}}}""".formatted(name)));

        web.get().uri("/v3/api-docs/" + name).accept(MediaType.APPLICATION_JSON)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.info.title").isEqualTo("Network Commons: " + name)
                .jsonPath("$.paths['/api/things'].get.operationId").isEqualTo("list")
                .jsonPath("$.servers.length()").isEqualTo(1)
                .jsonPath("$.servers[0].url").isEqualTo("/");

        assertThat(FakeServices.of(service).received()).singleElement()
                .satisfies(received -> assertThat(received.pathAndQuery()).isEqualTo("/v3/api-docs"));
    }

    @Test
    void aServicesProblemAnswerForItsDocumentPassesThroughUnchanged() {
        web.get().uri("/v3/api-docs/cameo-service")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("No such resource.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void swaggerUiListsEveryServicesDocument() {
        web.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].name").value(names -> assertThat((List<Object>) names)
                        .containsExactlyInAnyOrder("network-service", "cameo-service", "action-tracker"))
                .jsonPath("$.urls[*].url").value(urls -> assertThat((List<Object>) urls).containsExactlyInAnyOrder(
                        "/v3/api-docs/network-service", "/v3/api-docs/cameo-service", "/v3/api-docs/action-tracker"));
    }

    @Test
    void swaggerUiOpensWithoutSigningIn() {
        URI ui = web.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(ui).isNotNull();
        web.get().uri(ui.getPath())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }
}
