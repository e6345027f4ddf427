package uk.org.networkcommons.gateway.security;

import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestHandler;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import reactor.core.publisher.Mono;

/**
 * Where a request's CSRF token is looked for: a page's form sends it as the {@code _csrf} field (or the header), an
 * API call only in the {@code X-CSRF-TOKEN} header. An API call's body belongs to the service it is routed to: read
 * here as a form, it would be used up, and the route would have nothing left to forward, so a form-encoded API call
 * would fail as if the service were down (and count against the service's circuit breaker). The token itself is
 * checked as Spring Security checks it by default (masked anew for every page, against BREACH); one that does not
 * unmask is no token.
 */
final class CsrfTokenSources implements ServerCsrfTokenRequestHandler {

    private final XorServerCsrfTokenRequestAttributeHandler masked = new XorServerCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(ServerWebExchange exchange, Mono<CsrfToken> csrfToken) {
        masked.handle(exchange, csrfToken);
    }

    /**
     * The token the request carries, unmasked; none when it is no token at all. Spring's unmasking throws when the
     * bytes a forged token unmasks to are not UTF-8, which would make the forgery the gateway's own error (500).
     */
    @Override
    public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken csrfToken) {
        return masked.resolveCsrfTokenValue(ApiRequests.isApi(exchange.getRequest()) ? withoutForm(exchange) : exchange,
                csrfToken).onErrorResume(IllegalArgumentException.class, notAToken -> Mono.empty());
    }

    private static ServerWebExchange withoutForm(ServerWebExchange exchange) {
        return new ServerWebExchangeDecorator(exchange) {
            @Override
            public Mono<MultiValueMap<String, String>> getFormData() {
                return Mono.just(new LinkedMultiValueMap<>());
            }
        };
    }
}
