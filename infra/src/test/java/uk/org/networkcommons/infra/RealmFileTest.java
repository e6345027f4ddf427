package uk.org.networkcommons.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm Keycloak imports declares everything the services rely on: the roles, the claims and audience the token
 * validation and the Viewer read, the clients, and the demo users the launcher advertises. Keycloak itself is not
 * started; a realm that imports but lacks a mapper would only show up as 401s or missing permissions much later.
 */
class RealmFileTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static JsonNode realm;

    @BeforeAll
    static void readRealm() {
        realm = JSON.readTree(Checkout.root().resolve("infra/keycloak/realm-network-commons.json").toFile());
    }

    @Test
    void isTheRealmTheServicesTrust() {
        assertThat(realm.path("realm").asString()).isEqualTo(DemoUsers.REALM);
        assertThat(realm.path("enabled").asBoolean()).isTrue();
        assertThat(realm.path("registrationAllowed").asBoolean()).isFalse();
        assertThat(realm.path("displayName").asString()).contains("LOCAL USE ONLY");
    }

    @Test
    void declaresTheThreeRealmRolesTheViewerKnows() {
        List<String> roles = new ArrayList<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asString()));
        assertThat(roles).containsExactlyInAnyOrder("platform-admin", "la-officer", "member");
    }

    @Test
    void userProfileDeclaresOrganisationAndLaCodeThatOnlyAdministratorsMayChange() {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertThat(provider.path("providerId").asString()).isEqualTo("declarative-user-profile");
        JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").get(0).asString());
        Map<String, JsonNode> attributes = new HashMap<>();
        profile.path("attributes").forEach(attribute -> attributes.put(attribute.path("name").asString(), attribute));

        assertThat(attributes).containsKeys("username", "email", "firstName", "lastName", "org_id", "la_code");
        for (String claim : List.of("org_id", "la_code")) {
            JsonNode permissions = attributes.get(claim).path("permissions");
            // a user who could edit their own org_id or la_code could give themselves another organisation's rights
            assertThat(texts(permissions.path("edit"))).as(claim + " editors").containsExactly("admin");
            assertThat(texts(permissions.path("view"))).as(claim + " viewers").contains("admin");
        }
    }

    @Test
    void clientTextsFitKeycloaksColumnsSoTheImportDoesNotFail() {
        // Keycloak stores a client's name and description in VARCHAR(255); a longer one aborts the whole realm import
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("description").asString("")).as(client.path("clientId").asString())
                    .hasSizeLessThanOrEqualTo(255);
            assertThat(client.path("name").asString("")).hasSizeLessThanOrEqualTo(255);
        }
    }

    @Test
    void portalIsConfidentialWithCodeFlowAndPkce() {
        JsonNode portal = client("network-commons-portal");
        assertThat(portal.path("publicClient").asBoolean()).isFalse();
        assertThat(portal.path("secret").asString()).isNotBlank();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(texts(portal.path("redirectUris")))
                .containsExactlyInAnyOrder("http://localhost:8080/*", "http://127.0.0.1:8080/*");
    }

    @Test
    void dashboardSignsInWithItsServiceAccountOnly() {
        JsonNode dashboard = client("network-commons-dashboard");
        assertThat(dashboard.path("publicClient").asBoolean()).isFalse();
        assertThat(dashboard.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(dashboard.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(dashboard.path("directAccessGrantsEnabled").asBoolean()).isFalse();
    }

    @Test
    void dashboardsServiceAccountIsAnOfficerOfTheDemoLaWithItsClaimsFixed() {
        JsonNode account = null;
        for (JsonNode user : realm.path("users")) {
            if (user.path("serviceAccountClientId").asString("").equals("network-commons-dashboard")) {
                account = user;
            }
        }
        assertThat(account).as("the dashboard's service account user").isNotNull();
        assertThat(account.path("enabled").asBoolean()).isTrue();
        assertThat(texts(account.path("realmRoles"))).containsExactly("la-officer");

        // a service account has no user attributes the user profile would fill, so its claims are fixed on the client
        Map<String, String> fixed = new HashMap<>();
        client("network-commons-dashboard").path("protocolMappers").forEach(mapper -> {
            if (mapper.path("protocolMapper").asString().equals("oidc-hardcoded-claim-mapper")) {
                assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
                fixed.put(mapper.path("config").path("claim.name").asString(),
                        mapper.path("config").path("claim.value").asString());
            }
        });
        assertThat(fixed).containsExactlyInAnyOrderEntriesOf(Map.of("la_code", DemoUsers.LA_CODE,
                "org_id", DemoUsers.LOCAL_AUTHORITY.id()));
    }

    @Test
    void portalSecretIsTheOneTheLauncherGivesTheGateway() {
        assertThat(Realm.read(Checkout.root().resolve("infra/keycloak/realm-network-commons.json"))
                .clientSecret(ServiceModule.PORTAL_CLIENT))
                .isEqualTo(client(ServiceModule.PORTAL_CLIENT).path("secret").asString())
                .isNotBlank();
    }

    @Test
    void cliIsAPublicPasswordGrantClientMarkedLocalOnly() {
        JsonNode cli = client(DemoUsers.CLI_CLIENT);
        assertThat(cli.path("publicClient").asBoolean()).isTrue();
        assertThat(cli.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(cli.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(cli.path("description").asString()).contains("LOCAL USE ONLY");
    }

    @Test
    void everyClientPutsOrganisationLaCodeAndTheApiAudienceIntoAccessTokens() {
        for (JsonNode client : realm.path("clients")) {
            String clientId = client.path("clientId").asString();
            Map<String, JsonNode> mappers = new HashMap<>();
            client.path("protocolMappers").forEach(mapper -> mappers.put(mapper.path("protocolMapper").asString()
                    + ":" + mapper.path("config").path("claim.name").asString(""), mapper));

            for (String claim : List.of("org_id", "la_code")) {
                JsonNode mapper = mappers.get("oidc-usermodel-attribute-mapper:" + claim);
                if (mapper == null) {
                    // a client acting for one organisation (the dashboard) fixes the claim instead
                    mapper = mappers.get("oidc-hardcoded-claim-mapper:" + claim);
                    assertThat(mapper).as(clientId + " maps " + claim).isNotNull();
                    assertThat(mapper.path("config").path("claim.value").asString()).isNotBlank();
                } else {
                    assertThat(mapper.path("config").path("user.attribute").asString()).isEqualTo(claim);
                    // the Viewer reads a single string; a multivalued mapper would send a list
                    assertThat(mapper.path("config").path("multivalued").asString()).isEqualTo("false");
                }
                assertThat(mapper.path("config").path("access.token.claim").asString()).isEqualTo("true");
            }
            JsonNode audience = mappers.get("oidc-audience-mapper:");
            assertThat(audience).as(clientId + " adds the API audience").isNotNull();
            assertThat(audience.path("config").path("included.custom.audience").asString())
                    .isEqualTo(ServiceModule.API_AUDIENCE);
            assertThat(audience.path("config").path("access.token.claim").asString()).isEqualTo("true");
        }
        assertThat(clientIds()).containsExactlyInAnyOrder("network-commons-portal", "network-commons-dashboard",
                DemoUsers.CLI_CLIENT);
    }

    @Test
    void demoUsersAreTheOnesTheLauncherAdvertises() {
        Map<String, JsonNode> users = new HashMap<>();
        realm.path("users").forEach(user -> {
            if (user.path("serviceAccountClientId").isMissingNode()) {
                users.put(user.path("username").asString(), user);
            }
        });
        assertThat(users.keySet()).containsExactlyInAnyOrderElementsOf(
                DemoUsers.ALL.stream().map(DemoUsers.DemoUser::username).toList());

        for (DemoUsers.DemoUser expected : DemoUsers.ALL) {
            JsonNode user = users.get(expected.username());
            String name = expected.username();
            assertThat(user.path("id").asString()).as(name + " id").isEqualTo(expected.userId());
            assertThat(user.path("enabled").asBoolean()).isTrue();
            // Keycloak 26 asks for these at sign-in, which breaks the password grant, when they are missing
            assertThat(user.path("email").asString()).as(name + " email").contains("@");
            assertThat(user.path("emailVerified").asBoolean()).isTrue();
            assertThat(user.path("firstName").asString()).as(name + " first name").isNotBlank();
            assertThat(user.path("lastName").asString()).as(name + " last name").isNotBlank();
            assertThat(user.path("requiredActions").isEmpty()).isTrue();
            assertThat(texts(user.path("realmRoles"))).as(name + " roles").containsExactly(expected.role());
            assertThat(attribute(user, "org_id")).as(name + " org_id").isEqualTo(expected.organisationId());
            assertThat(attribute(user, "la_code")).as(name + " la_code").isEqualTo(expected.laCode());

            JsonNode credential = user.path("credentials").get(0);
            assertThat(credential.path("type").asString()).isEqualTo("password");
            assertThat(credential.path("value").asString()).isEqualTo(DemoUsers.PASSWORD);
            assertThat(credential.path("temporary").asBoolean()).isFalse();
        }
    }

    @Test
    void userAndOrganisationIdsAreDistinctUuids() {
        Set<String> ids = new TreeSet<>();
        for (DemoUsers.DemoUser user : DemoUsers.ALL) {
            ids.add(user.userId());
            if (user.organisationId() != null) {
                assertThat(user.organisationId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                        + "[0-9a-f]{12}");
            }
        }
        assertThat(ids).hasSize(DemoUsers.ALL.size());
        assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertThat(DemoUsers.ALL.stream().map(DemoUsers.DemoUser::organisationId).filter(Objects::nonNull)
                .distinct()).hasSize(4);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static List<String> clientIds() {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(client -> ids.add(client.path("clientId").asString()));
        return ids;
    }

    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        if (values.isMissingNode()) {
            return null;
        }
        assertThat(values.size()).as(name + " has one value").isEqualTo(1);
        return values.get(0).asString();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
