package uk.org.networkcommons.gateway.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.security.Viewer;
import uk.org.networkcommons.platform.security.ViewerJwtConverter;

/**
 * The one way gateway code learns who is calling. A browser signed in through Keycloak and an API client sending a
 * bearer token both end as the same {@link Viewer}, built from the same access token the services receive, so the
 * gateway never decides differently from them.
 */
@Component
public class CurrentViewer {

    private final ReactiveOAuth2AuthorizedClientManager authorizedClients;
    private final ReactiveJwtDecoder jwtDecoder;

    public CurrentViewer(ReactiveOAuth2AuthorizedClientManager authorizedClients, ReactiveJwtDecoder jwtDecoder) {
        this.authorizedClients = authorizedClients;
        this.jwtDecoder = jwtDecoder;
    }

    /** The viewer behind the request; empty when nobody is signed in. */
    public Mono<Viewer> of(ServerWebExchange exchange) {
        return accessToken(exchange).map(ViewerJwtConverter::toViewer);
    }

    /**
     * The validated access token to act with on the caller's behalf: the bearer token an API client sent, or the
     * (refreshed when needed) token of the browser's Keycloak session. Empty when nobody is signed in.
     */
    public Mono<Jwt> accessToken(ServerWebExchange exchange) {
        return exchange.getPrincipal().cast(Authentication.class).flatMap(principal -> switch (principal) {
            case AbstractOAuth2TokenAuthenticationToken<?> bearer when bearer.getToken() instanceof Jwt jwt -> Mono.just(jwt);
            case OAuth2AuthenticationToken login -> sessionToken(login, exchange);
            default -> Mono.empty();
        });
    }

    private Mono<Jwt> sessionToken(OAuth2AuthenticationToken login, ServerWebExchange exchange) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(login.getAuthorizedClientRegistrationId())
                .principal(login)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return authorizedClients.authorize(request)
                .flatMap(client -> jwtDecoder.decode(client.getAccessToken().getTokenValue()));
    }
}
