package uk.org.networkcommons.gateway.security;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.BearerTokenError;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.security.JwtDecoderFactory;
import uk.org.networkcommons.platform.security.ViewerJwtConverter;

/**
 * Two kinds of caller share one filter chain. Browsers sign in through Keycloak (authorization code with PKCE); the
 * gateway keeps their session, including their tokens, and relays the access token to the services. API clients
 * (people's tools and service accounts using client credentials) send a bearer token, checked exactly as the services
 * check it. Both become the same Viewer.
 *
 * <p>Nobody signed in: an API call is refused with 401 problem+json, a page is redirected to Keycloak. A cookie
 * (session) caller needs a CSRF token on every unsafe request, pages and API alike (an API call sends it in the
 * header, see {@link CsrfTokenSources}); a bearer caller does not, because a browser never attaches a bearer token by
 * itself, and neither does a request with no cookie at all, which cannot ride on anyone's session (so an anonymous API
 * write is the same 401 as an anonymous read, not a "form expired"). Refusals are raised as {@link EdgeRejection}s
 * for the gateway's one error handler to write.
 */
@Configuration
@EnableWebFluxSecurity
@EnableConfigurationProperties({EdgeSecurityProperties.class, OAuth2ResourceServerProperties.class})
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String SIGN_IN_PATH = "/oauth2/authorization/keycloak";

    /** Reachable without signing in: static files, probes and the API catalogue (the documents are public). */
    static final List<String> PUBLIC_PATHS = List.of("/webjars/**", "/assets/**", "/*.css", "/*.js", "/favicon.ico",
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/swagger-ui.html", "/swagger-ui/**",
            "/v3/api-docs", "/v3/api-docs/**");

    private static final Set<HttpMethod> SAFE_METHODS =
            Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http,
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository authorizedClients,
            ReactiveJwtDecoder jwtDecoder, EdgeSecurityProperties properties, ServerCodecConfigurer codecs) {
        DefaultServerOAuth2AuthorizationRequestResolver pkce = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        // PKCE even though the portal client is confidential: a stolen authorization code is then worthless
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        ViewerJwtConverter viewers = new ViewerJwtConverter();
        ServerRequestCache pages = pageRequestCache();
        RedirectServerAuthenticationEntryPoint signIn = new RedirectServerAuthenticationEntryPoint(SIGN_IN_PATH);
        signIn.setRequestCache(pages);
        ServerAuthenticationEntryPoint entryPoint = (exchange, failure) ->
                ApiRequests.isApi(exchange.getRequest()) || ApiRequests.hasBearerToken(exchange.getRequest())
                        ? Mono.error(unauthenticated(failure))
                        : signIn.commence(exchange, failure);
        ServerAccessDeniedHandler forbidden = (exchange, denied) -> Mono.error(new EdgeRejection(HttpStatus.FORBIDDEN,
                Problems.FORBIDDEN, "Forbidden", Problems.defaultDetail(HttpStatus.FORBIDDEN)));
        ServerAccessDeniedHandler csrfRefused = (exchange, denied) -> Mono.error(new EdgeRejection(
                HttpStatus.FORBIDDEN, "csrf-token-invalid", "Form expired",
                "This request was sent with the signed-in session but without the session's CSRF token (form field "
                        + "_csrf or header X-CSRF-TOKEN). Reload the page and try again."));
        KeycloakSignOut signOut = new KeycloakSignOut(properties.signOut(), registrations);
        return http
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_PATHS.toArray(String[]::new)).permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> login
                        .authorizationRequestResolver(pkce)
                        .authorizedClientRepository(authorizedClients)
                        // Spring's default sends the browser to /login?error, which needs signing in: a loop
                        .authenticationFailureHandler((exchange, failure) -> Mono.error(new EdgeRejection(
                                HttpStatus.UNAUTHORIZED, "sign-in-failed", "Sign-in failed",
                                "Signing in through Keycloak did not complete. Go back to the start page and try "
                                        + "again."))))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder).jwtAuthenticationConverter(
                                token -> Mono.<AbstractAuthenticationToken>just(viewers.convert(token))))
                        .authenticationEntryPoint((exchange, failure) -> Mono.error(unauthenticated(failure)))
                        // Spring's default rethrows a failure to reach Keycloak, which would end as a 500
                        .authenticationFailureHandler((filterExchange, failure) -> Mono.error(
                                failure instanceof AuthenticationServiceException ? identityProviderUnavailable(failure)
                                        : unauthenticated(failure)))
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(forbidden))
                .requestCache(cache -> cache.requestCache(pages))
                .csrf(csrf -> csrf
                        .requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken)
                        .csrfTokenRequestHandler(new CsrfTokenSources())
                        .accessDeniedHandler(csrfRefused))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutHandler(handlers -> handlers.add(new WebSessionServerLogoutHandler()))
                        .logoutSuccessHandler(signOut))
                .headers(headers -> SecurityHeaders.configure(headers, properties.signOut().endSessionUri()))
                .addFilterBefore(new RequestSizeLimit(properties.maxRequestSize(), codecs), SecurityWebFiltersOrder.CSRF)
                .addFilterAfter(new CsrfTokenForForms(), SecurityWebFiltersOrder.CSRF)
                .addFilterBefore(new ClientRateLimiter(properties.rateLimit()), SecurityWebFiltersOrder.EXCEPTION_TRANSLATION)
                .build();
    }

    /**
     * Unsafe methods need the session's token when the request carries cookies (a session may come with them) and no
     * bearer token.
     */
    static Mono<ServerWebExchangeMatcher.MatchResult> needsCsrfToken(ServerWebExchange exchange) {
        boolean unsafe = !SAFE_METHODS.contains(exchange.getRequest().getMethod());
        boolean mayCarryASession = !exchange.getRequest().getCookies().isEmpty();
        return unsafe && mayCarryASession && !ApiRequests.hasBearerToken(exchange.getRequest())
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    /** A token that could not be checked because the key set could not be read: retry shortly (platform rule). */
    static EdgeRejection identityProviderUnavailable(AuthenticationException failure) {
        log.warn("Could not check a bearer token: {}", failure.getMessage());
        ProblemDetail problem = Problems.identityProviderUnavailable();
        return new EdgeRejection(HttpStatus.SERVICE_UNAVAILABLE, Problems.IDENTITY_PROVIDER_UNAVAILABLE,
                problem.getTitle(), problem.getDetail())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.IDENTITY_PROVIDER_RETRY_SECONDS));
    }

    /**
     * 401 with {@code WWW-Authenticate} as RFC 6750 gives it. The body does not say why a token was refused (expired,
     * wrong audience, bad signature): that is for the logs; the header's {@code error} is all a client needs.
     */
    static EdgeRejection unauthenticated(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException rejected
                && rejected.getError() instanceof BearerTokenError bearerError) {
            log.debug("Refused a bearer token: {}", rejected.getMessage());
            HttpStatus status = HttpStatus.valueOf(bearerError.getHttpStatus().value());
            EdgeRejection rejection = status == HttpStatus.UNAUTHORIZED
                    ? new EdgeRejection(status, Problems.INVALID_TOKEN, "Invalid access token",
                            "The access token is not valid here: it may have expired or been issued for another "
                                    + "service. Sign in again to get a new one.")
                    : new EdgeRejection(status, Problems.defaultSlug(status), Problems.defaultTitle(status),
                            "The Authorization header is not a single well-formed bearer token.");
            return rejection.header(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate(bearerError));
        }
        return new EdgeRejection(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Unauthenticated",
                "This request needs a valid bearer access token or a signed-in session.")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }

    private static String wwwAuthenticate(BearerTokenError error) {
        StringBuilder header = new StringBuilder("Bearer error=\"").append(error.getErrorCode()).append('"');
        if (StringUtils.hasText(error.getDescription())) {
            header.append(", error_description=\"").append(error.getDescription().replace("\"", "'")).append('"');
        }
        return header.toString();
    }

    /** Only page visits are remembered to return to after sign-in; API calls never open a session for that. */
    private static ServerRequestCache pageRequestCache() {
        WebSessionServerRequestCache cache = new WebSessionServerRequestCache();
        cache.setSaveRequestMatcher(exchange -> HttpMethod.GET.equals(exchange.getRequest().getMethod())
                && ApiRequests.wantsPage(exchange.getRequest())
                ? ServerWebExchangeMatcher.MatchResult.match()
                : ServerWebExchangeMatcher.MatchResult.notMatch());
        return cache;
    }

    /**
     * Bearer tokens are checked as the services check them (platform's {@link JwtDecoderFactory#validator}): issuer,
     * audience, expiry with the same clock skew, a subject, asymmetric signatures only. Keys are fetched on first use,
     * so the gateway starts while Keycloak boots, and read again every five minutes, as in the services.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties) {
        OAuth2ResourceServerProperties.Jwt jwt = properties.getJwt();
        if (!StringUtils.hasText(jwt.getIssuerUri()) || !StringUtils.hasText(jwt.getJwkSetUri())
                || jwt.getAudiences() == null || jwt.getAudiences().stream().noneMatch(StringUtils::hasText)) {
            throw new IllegalStateException("Set spring.security.oauth2.resourceserver.jwt.issuer-uri, jwk-set-uri and "
                    + "audiences: bearer tokens are only accepted from that realm and for that audience");
        }
        return new KeySetRefreshingDecoder(() -> {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwt.getJwkSetUri().strip())
                    .jwsAlgorithms(allowed -> jwt.getJwsAlgorithms().forEach(name -> {
                        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
                        if (algorithm == null) {
                            throw new IllegalStateException("Only asymmetric JWS algorithms are accepted, not " + name);
                        }
                        allowed.add(algorithm);
                    }))
                    .build();
            decoder.setJwtValidator(JwtDecoderFactory.validator(jwt.getIssuerUri().strip(),
                    jwt.getAudiences().stream().filter(StringUtils::hasText).map(String::strip).toList()));
            return decoder;
        }, KeySetRefreshingDecoder.MAX_AGE, Clock.systemUTC());
    }

    /**
     * The browser's tokens live in its gateway session and end with it (sign-out, expiry); Spring's default keeps
     * them in an in-memory map by user name, which outlives the session and grows without bound.
     */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients) {
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }
}
