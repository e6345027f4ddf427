package uk.org.networkcommons.gateway.apidocs;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code RewriteApiDocsServers} route filter: a service describes itself with its own address as the server
 * (e.g. {@code http://127.0.0.1:8082}), which browsers cannot call; served through the gateway the document names the
 * gateway instead ({@code /}, relative to where the document was fetched), so Swagger UI's "Try it out" goes through
 * the gateway with the caller's token like every other API call. Anything that is not an OpenAPI document (e.g. a
 * service's problem answer) passes through unchanged.
 */
@Component
class RewriteApiDocsServersGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    static final List<Map<String, String>> GATEWAY_SERVERS =
            List.of(Map.of("url", "/", "description", "Network Commons gateway"));

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;

    RewriteApiDocsServersGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody) {
        this.modifyResponseBody = modifyResponseBody;
    }

    @Override
    public GatewayFilter apply(Object config) {
        return modifyResponseBody.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class,
                        (exchange, document) -> Mono.justOrEmpty(throughGateway(document))));
    }

    static String throughGateway(String document) {
        if (document == null) {
            return null;
        }
        try {
            JsonNode parsed = JSON.readTree(document);
            if (parsed instanceof ObjectNode openApi && openApi.has("openapi")) {
                openApi.set("servers", JSON.valueToTree(GATEWAY_SERVERS));
                return JSON.writeValueAsString(openApi);
            }
        } catch (JacksonException notJson) {
            // not a document this filter understands: the client gets it as the service sent it
        }
        return document;
    }
}
