package uk.org.networkcommons.platform.test.security;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a Spring test context at {@link TestJwtIssuer}, so the service's real token validation runs against real
 * signed tokens (no mocked {@code JwtDecoder}). Use with
 * {@code @ContextConfiguration(initializers = TestJwtIssuerInitializer.class)}; the properties are always the same,
 * so contexts stay cacheable across test classes.
 */
public class TestJwtIssuerInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestJwtIssuer issuer = TestJwtIssuer.instance();
        TestPropertyValues.of(
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer.jwkSetUri(),
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer.issuerUri(),
                "spring.security.oauth2.resourceserver.jwt.audiences=" + issuer.audience())
                .applyTo(context);
    }
}
