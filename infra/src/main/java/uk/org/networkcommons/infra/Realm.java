package uk.org.networkcommons.infra;

import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file Keycloak imports, read for what the launcher must agree with it on: the portal client's secret, which
 * the gateway presents when it redeems a browser's authorization code. Reading it here keeps one copy of the secret.
 */
public final class Realm {

    private final Path file;
    private final JsonNode realm;

    private Realm(Path file, JsonNode realm) {
        this.file = file;
        this.realm = realm;
    }

    /** @throws IllegalArgumentException naming the file when it is not readable JSON */
    public static Realm read(Path file) {
        try {
            return new Realm(file, JsonMapper.builder().build().readTree(file.toFile()));
        } catch (JacksonException unreadable) {
            throw new IllegalArgumentException("cannot read the realm file " + file + ": "
                    + unreadable.getOriginalMessage(), unreadable);
        }
    }

    /** @throws IllegalArgumentException when the realm has no such client or the client has no secret */
    public String clientSecret(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asString("").equals(clientId)) {
                String secret = client.path("secret").asString("");
                if (secret.isBlank()) {
                    throw new IllegalArgumentException("client " + clientId + " in " + file + " has no secret");
                }
                return secret;
            }
        }
        throw new IllegalArgumentException("the realm file " + file + " has no client " + clientId);
    }
}
