package uk.org.networkcommons.gateway.portal.action;

import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Puts the CSRF token where {@code th:action} looks for it, so every form of the actions pages carries its hidden
 * {@code _csrf} field. On WebFlux the token is a {@code Mono} that nothing resolves unless a page asks, and a form
 * without it is refused (403) when posted.
 */
@ControllerAdvice(basePackageClasses = FormCsrfToken.class)
class FormCsrfToken {

    @ModelAttribute
    Mono<Void> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null ? Mono.empty() : token.doOnNext(resolved -> exchange.getAttributes()
                .put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, resolved)).then();
    }
}
