package uk.org.networkcommons.infra.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.org.networkcommons.infra.DemoUsers;

/**
 * Access tokens of the demo users, from Keycloak's password grant through the public {@code network-commons-cli}
 * client, the same sign-in a script makes against a local run (LOCAL USE ONLY). Each token is reused until a minute
 * before it expires.
 */
public final class SignIns {

    private final HttpClient http;
    private final URI tokenEndpoint;
    private final Map<String, Token> tokens = new HashMap<>();

    private record Token(String value, Instant renewAfter) {
    }

    /** @param issuer the realm's URL, e.g. {@code http://127.0.0.1:18080/realms/network-commons} */
    public SignIns(HttpClient http, String issuer) {
        this.http = http;
        this.tokenEndpoint = URI.create(issuer + "/protocol/openid-connect/token");
    }

    /** @throws DemoDataFailure when Keycloak does not hand out a token for the user */
    public synchronized String accessToken(String username) {
        Token token = tokens.get(username);
        if (token != null && Instant.now().isBefore(token.renewAfter())) {
            return token.value();
        }
        String form = "grant_type=password&client_id=" + encode(DemoUsers.CLI_CLIENT) + "&username=" + encode(username)
                + "&password=" + encode(DemoUsers.PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = JsonMapper.builder().build().readTree(response.body());
            if (response.statusCode() != 200 || !body.hasNonNull("access_token")) {
                throw new DemoDataFailure("Keycloak refused to sign in " + username + " (HTTP " + response.statusCode()
                        + ": " + body.path("error_description").asString(response.body()) + ")");
            }
            long lifetime = body.path("expires_in").asLong(60);
            tokens.put(username, new Token(body.path("access_token").asString(),
                    Instant.now().plusSeconds(Math.max(5, lifetime - 60))));
            return tokens.get(username).value();
        } catch (IOException unreachable) {
            throw new DemoDataFailure("cannot reach Keycloak at " + tokenEndpoint + ": " + unreachable.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DemoDataFailure("interrupted while signing in " + username);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
