package uk.org.networkcommons.gateway.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.security.web.server.header.StaticServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The headers every answer carries, pages and API alike. The content security policy allows only the portal's own
 * scripts, styles, images, fonts and connections (the live event stream included). No inline script runs at all: GOV.UK's
 * {@code js-enabled} class is set by the portal's own {@code portal.js}, so an injected script has nowhere to hide.
 * Forms may post to the portal and to Keycloak, because signing out is a form whose answer redirects there.
 */
final class SecurityHeaders {

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    private SecurityHeaders() {
    }

    static String contentSecurityPolicy(URI keycloak) {
        String keycloakOrigin = keycloak.getScheme() + "://" + keycloak.getRawAuthority();
        return String.join("; ", List.of(
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self' " + keycloakOrigin,
                "frame-ancestors 'none'"));
    }

    static void configure(ServerHttpSecurity.HeaderSpec headers, URI keycloak) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(keycloak)))
                .frameOptions(frames -> frames.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicy(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                .writer(hsts());
    }

    /**
     * HSTS on answers that reach the browser over HTTPS, including through a TLS-terminating proxy that says so in
     * {@code X-Forwarded-Proto}; never over plain HTTP, where RFC 6797 forbids it. Trusting that header for this alone
     * is harmless: the worst a client can do is give itself a header its browser would ignore over HTTP.
     */
    static ServerHttpHeadersWriter hsts() {
        ServerHttpHeadersWriter header = StaticServerHttpHeadersWriter.builder()
                .header("Strict-Transport-Security", "max-age=" + HSTS_MAX_AGE.toSeconds() + "; includeSubDomains")
                .build();
        return exchange -> isHttps(exchange) ? header.writeHttpHeaders(exchange) : Mono.empty();
    }

    private static boolean isHttps(ServerWebExchange exchange) {
        String forwarded = exchange.getRequest().getHeaders().getFirst("X-Forwarded-Proto");
        String scheme = forwarded != null ? forwarded.split(",")[0].strip() : exchange.getRequest().getURI().getScheme();
        return "https".equalsIgnoreCase(scheme);
    }
}
