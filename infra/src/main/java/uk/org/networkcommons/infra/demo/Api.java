package uk.org.networkcommons.infra.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON calls to one service as a demo user. {@link #eventually} retries the answers that mean "this service has not
 * yet heard about it": cameo-service and the action tracker decide who may see a network from their own projection of
 * network-service's events, so a network formed a moment ago is briefly unknown (404) or its new co-ordinator not yet
 * recognised (403) there. A refused write changed nothing, so trying it again is safe.
 */
final class Api {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<Integer> NOT_YET_KNOWN = Set.of(403, 404);
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final HttpClient http;
    private final SignIns signIns;
    private final String service;
    private final String baseUri;

    Api(HttpClient http, SignIns signIns, String service, String baseUri) {
        this.http = http;
        this.signIns = signIns;
        this.service = service;
        this.baseUri = baseUri;
    }

    JsonNode get(String as, String path) {
        return expect(send(as, "GET", path, null), path, "GET", as);
    }

    JsonNode post(String as, String path, Object body) {
        return expect(send(as, "POST", path, body), path, "POST", as);
    }

    JsonNode put(String as, String path, Object body) {
        return expect(send(as, "PUT", path, body), path, "PUT", as);
    }

    /** The call, repeated while the service does not yet know what it is about (see the class comment). */
    JsonNode eventually(String as, String method, String path, Object body) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> response = send(as, method, path, body);
            if (!NOT_YET_KNOWN.contains(response.statusCode()) || System.nanoTime() > deadline) {
                return expect(response, path, method, as);
            }
            pause(Duration.ofMillis(250));
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DemoDataFailure("interrupted");
        }
    }

    private HttpResponse<String> send(String as, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUri + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + signIns.accessToken(as))
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException unreachable) {
            throw new DemoDataFailure(method + " " + baseUri + path + " failed: " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DemoDataFailure("interrupted");
        }
    }

    private JsonNode expect(HttpResponse<String> response, String path, String method, String as) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
        }
        String detail = response.body();
        try {
            JsonNode problem = JSON.readTree(response.body());
            detail = problem.path("detail").asString(problem.path("title").asString(response.body()));
        } catch (RuntimeException notJson) {
            // the raw body says it
        }
        throw new DemoDataFailure("%s %s%s as %s: %s answered %d: %s".formatted(method, baseUri, path, as, service,
                status, detail));
    }
}
