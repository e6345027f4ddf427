package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import uk.org.networkcommons.platform.security.ViewerJwtConverter;

class ClientKeysTest {

    @Test
    void aPersonIsTheSameClientThroughTheApiAndThroughThePortal() {
        Jwt token = jwt(Map.of("sub", "person-1"));
        DefaultOidcUser person = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")),
                new OidcIdToken("id-token", Instant.now(), Instant.now().plusSeconds(60), Map.of("sub", "person-1")),
                "sub");

        assertThat(ClientKeys.ofCaller(new ViewerJwtConverter().convert(token))).isEqualTo("user:person-1");
        assertThat(ClientKeys.ofCaller(new OAuth2AuthenticationToken(person, person.getAuthorities(), "keycloak")))
                .isEqualTo("user:person-1");
    }

    @Test
    void aServiceAccountIsItsClientId() {
        Jwt token = jwt(Map.of("sub", "service-account-user", "client_id", "la-dashboard-873"));

        assertThat(ClientKeys.ofCaller(new ViewerJwtConverter().convert(token))).isEqualTo("client:la-dashboard-873");
    }

    @Test
    void anAnonymousCallerIsTheAddressItCallsFrom() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/networks")
                .remoteAddress(new InetSocketAddress("192.0.2.7", 51234)));

        assertThat(ClientKeys.of(exchange).block()).isEqualTo("address:192.0.2.7");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("token").header("alg", "RS256").claims(all -> all.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
