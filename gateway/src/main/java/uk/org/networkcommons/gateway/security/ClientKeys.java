package uk.org.networkcommons.gateway.security;

import java.net.InetSocketAddress;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Whose allowance a request spends. A signed-in person is one client whether they use the portal or the API (both
 * carry the same Keycloak subject); a service account (client credentials) is its client id; anyone else is the
 * address the connection comes from.
 */
final class ClientKeys {

    /** The claim Keycloak puts in a service account's token. */
    static final String CLIENT_ID_CLAIM = "client_id";

    private ClientKeys() {
    }

    static Mono<String> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .cast(Authentication.class)
                .filter(Authentication::isAuthenticated)
                .mapNotNull(ClientKeys::ofCaller)
                .switchIfEmpty(Mono.fromSupplier(() -> ofAddress(exchange)));
    }

    static String ofCaller(Authentication caller) {
        return switch (caller) {
            case AbstractOAuth2TokenAuthenticationToken<?> bearer when bearer.getToken() instanceof Jwt jwt ->
                    jwt.hasClaim(CLIENT_ID_CLAIM) ? "client:" + jwt.getClaimAsString(CLIENT_ID_CLAIM)
                            : "user:" + jwt.getSubject();
            case OAuth2AuthenticationToken login when login.getPrincipal() instanceof OidcUser person ->
                    "user:" + person.getSubject();
            default -> "user:" + caller.getName();
        };
    }

    static String ofAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        if (remote == null) {
            return "address:unknown";
        }
        return "address:" + (remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString());
    }
}
