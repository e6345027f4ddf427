package uk.org.networkcommons.gateway.security;

import java.net.URI;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * After the gateway has ended its own session, sends the browser to Keycloak's end-session endpoint so the Keycloak
 * session ends too: otherwise the next "sign in" would silently sign the same person in again, which matters on a
 * shared school computer. Spring's {@code OidcClientInitiatedServerLogoutSuccessHandler} would find the endpoint in
 * the provider's discovery metadata, which the gateway never fetches (its endpoints are configured so it starts while
 * Keycloak boots), so the endpoint comes from configuration.
 */
final class KeycloakSignOut implements ServerLogoutSuccessHandler {

    private final URI endSessionUri;
    private final URI postLogoutRedirectUri;
    private final ReactiveClientRegistrationRepository registrations;
    private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

    KeycloakSignOut(EdgeSecurityProperties.SignOut signOut, ReactiveClientRegistrationRepository registrations) {
        if (signOut.endSessionUri() == null) {
            throw new IllegalStateException("Set network-commons.gateway.sign-out.end-session-uri to Keycloak's "
                    + "end-session endpoint, e.g. http://127.0.0.1:18080/realms/network-commons/protocol/openid-connect/logout");
        }
        this.endSessionUri = signOut.endSessionUri();
        URI configured = signOut.postLogoutRedirectUri();
        this.postLogoutRedirectUri = configured == null || configured.toString().isBlank() ? null : configured;
        this.registrations = registrations;
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        String portal = portalAddress(exchange.getExchange().getRequest());
        return target(authentication, portal)
                .defaultIfEmpty(URI.create(portal))
                .flatMap(location -> redirects.sendRedirect(exchange.getExchange(), location));
    }

    private Mono<URI> target(Authentication authentication, String portal) {
        if (!(authentication instanceof OAuth2AuthenticationToken login)
                || !(login.getPrincipal() instanceof OidcUser person) || person.getIdToken() == null) {
            return Mono.empty();
        }
        return registrations.findByRegistrationId(login.getAuthorizedClientRegistrationId())
                .map(registration -> UriComponentsBuilder.fromUri(endSessionUri)
                        .queryParam("client_id", registration.getClientId())
                        .queryParam("id_token_hint", person.getIdToken().getTokenValue())
                        .queryParam("post_logout_redirect_uri", portal)
                        .encode()
                        .build()
                        .toUri());
    }

    private String portalAddress(ServerHttpRequest request) {
        if (postLogoutRedirectUri != null) {
            return postLogoutRedirectUri.toString();
        }
        return UriComponentsBuilder.fromUri(request.getURI()).replacePath("/").replaceQuery(null).fragment(null)
                .build().toUriString();
    }
}
