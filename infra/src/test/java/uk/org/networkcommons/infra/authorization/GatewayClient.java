package uk.org.networkcommons.infra.authorization;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the platform through the gateway as an API client does: with a person's bearer token, or with nothing at all.
 * The gateway limits each caller's rate; a 429 says nothing about authorization, so the call is sent again after the
 * wait the gateway names, and the waits are counted for the report.
 */
final class GatewayClient {

    /** What the services' own matrices accept, so that refusals are problem+json and CSV exports still answer. */
    static final String ACCEPT = "application/json, application/problem+json";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MOST_RATE_LIMITED_TRIES = 30;

    private final URI gateway;
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();

    GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    /** What came back. */
    record Answer(int status, String contentType, String body) {

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }

        boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        /** The answer, or an AssertionError saying what was asked and what came back. */
        Answer expect(int expected, String what) {
            if (status != expected) {
                throw new AssertionError("%s: expected %d but was %d %s".formatted(what, expected, status, body));
            }
            return this;
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (body.length() > 600 ? body.substring(0, 600) + "..." : body);
        }
    }

    /** A call with the bearer {@code token}, or anonymously if it is null; {@code json} may be null. */
    Answer call(String token, String method, String pathAndQuery, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", ACCEPT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        try {
            for (int attempt = 1; ; attempt++) {
                calls.incrementAndGet();
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 429 && attempt < MOST_RATE_LIMITED_TRIES) {
                    rateLimited.incrementAndGet();
                    long seconds = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Duration.ofSeconds(Math.max(1, seconds)));
                    continue;
                }
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.body());
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(method + " " + pathAndQuery + " failed", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + pathAndQuery + " was interrupted", interrupted);
        }
    }

    Answer get(String token, String pathAndQuery) {
        return call(token, "GET", pathAndQuery, null);
    }

    Answer post(String token, String pathAndQuery, String json) {
        return call(token, "POST", pathAndQuery, json);
    }

    URI gateway() {
        return gateway;
    }

    int calls() {
        return calls.get();
    }

    int rateLimited() {
        return rateLimited.get();
    }
}
