package uk.org.networkcommons.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own URL rules, applied by the platform's filter chain before its defaults (public health, info and API
 * docs; everything else needs a valid token). Lets a service open or restrict paths without replacing the chain and
 * losing the platform's token validation and problem responses. A service that needs more can still declare its own
 * {@code SecurityFilterChain} bean, which replaces the platform's.
 */
@FunctionalInterface
public interface AuthorizationRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
