package uk.org.networkcommons.perf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Password-grant access tokens for the demo users, fetched fresh before each phase so none expires mid-run. */
final class Tokens {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http;
    private final String tokenEndpoint;

    Tokens(HttpClient http, String keycloak) {
        this.http = http;
        this.tokenEndpoint = keycloak + "/realms/network-commons/protocol/openid-connect/token";
    }

    String forDemoUser(String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=network-commons-cli&username="
                + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=local-demo";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(tokenEndpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No token for " + username + " from " + tokenEndpoint + ": HTTP "
                    + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }
}
