package uk.org.networkcommons.gateway.security;

import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Makes every {@code <form th:action="...">} a portal page renders carry the session's CSRF token as a hidden
 * {@code _csrf} field, with no code in the page. On WebFlux the token is offered as a {@code Mono} that nobody
 * subscribes to; Thymeleaf's {@code th:action} asks Spring Security's {@link CsrfRequestDataValueProcessor} for
 * hidden fields, and that reads the resolved token from the {@code _csrf} exchange attribute, which this filter
 * fills for requests that may render a page. API calls are left alone so they never create a session.
 */
final class CsrfTokenForForms implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        if (token == null || !ApiRequests.wantsPage(exchange.getRequest())
                || ApiRequests.hasBearerToken(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        return token.doOnNext(resolved -> exchange.getAttributes()
                        .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, resolved))
                .then(chain.filter(exchange));
    }
}
