package uk.org.networkcommons.infra.authorization;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.org.networkcommons.infra.DemoUsers;
import uk.org.networkcommons.infra.LaunchedPlatform;

/**
 * People the demo realm does not have, added through Keycloak's admin REST API exactly as an administrator would add
 * them: the attributes the realm's mappers turn into the {@code org_id} and {@code la_code} claims, and a realm role.
 * Their tokens then come from the same password grant as the demo users'. The realm file is left as it is.
 */
final class RealmPeople {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LaunchedPlatform platform;
    private final String adminToken;
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    RealmPeople(LaunchedPlatform platform) throws IOException, InterruptedException {
        this.platform = platform;
        this.adminToken = platform.keycloakAdministratorToken();
    }

    /**
     * Adds someone with the realm role ({@code la-officer} or {@code member}) working for the organisation, of the LA
     * if {@code laCode} is not null, and answers their access token.
     */
    String add(String name, String realmRole, String organisationId, String laCode)
            throws IOException, InterruptedException {
        String username = "matrix." + name + "." + run;
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put("org_id", List.of(organisationId));
        if (laCode != null) {
            attributes.put("la_code", List.of(laCode));
        }
        ObjectNode user = JSON.createObjectNode()
                .put("username", username)
                .put("enabled", true)
                .put("email", username + "@example.org")
                .put("emailVerified", true)
                // the realm's user profile requires names, or Keycloak would ask for them before issuing a token
                .put("firstName", "Matrix")
                .put("lastName", name);
        user.set("attributes", JSON.valueToTree(attributes));
        user.set("credentials", JSON.valueToTree(List.of(Map.of("type", "password", "value", DemoUsers.PASSWORD,
                "temporary", false))));
        HttpResponse<String> created = send("POST", "/users", user.toString());
        require(created, 201, "adding " + username);
        String location = created.headers().firstValue("Location").orElseThrow();
        String userId = location.substring(location.lastIndexOf('/') + 1);

        HttpResponse<String> role = send("GET", "/roles/" + realmRole, null);
        require(role, 200, "reading the realm role " + realmRole);
        require(send("POST", "/users/" + userId + "/role-mappings/realm", "[" + role.body() + "]"), 204,
                "giving " + username + " the role " + realmRole);
        return platform.accessToken(username);
    }

    private HttpResponse<String> send(String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.realmAdministration() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError("Keycloak refused " + what + ": " + response.statusCode() + " " + response.body());
        }
    }
}
