package uk.org.networkcommons.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;

/** What a service can replace, and what it must configure. */
class SecurityAutoConfigurationTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class))
            .withPropertyValues(
                    "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + ISSUER.jwkSetUri(),
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER.issuerUri(),
                    "spring.security.oauth2.resourceserver.jwt.audiences=" + ISSUER.audience());

    @Test
    void serviceWithoutItsOwnChainGetsThePlatformChain() {
        runner.run(context -> assertThat(context).hasSingleBean(SecurityFilterChain.class)
                .hasBean("platformSecurityFilterChain"));
    }

    @Test
    void serviceSecurityFilterChainReplacesThePlatformChain() {
        runner.withUserConfiguration(OwnChain.class).run(context -> {
            assertThat(context).hasSingleBean(SecurityFilterChain.class).hasBean("ownChain");
            // the pieces stay available for the service's chain to reuse
            assertThat(context).hasSingleBean(ViewerJwtConverter.class)
                    .hasSingleBean(ProblemAuthenticationEntryPoint.class);
        });
    }

    @Test
    void serviceJwtDecoderReplacesThePlatformDecoder() {
        runner.withUserConfiguration(OwnDecoder.class).run(context -> assertThat(context.getBean(JwtDecoder.class))
                .isSameAs(context.getBean(OwnDecoder.class).decoder));
    }

    @Test
    void serviceWithoutAnAudienceDoesNotStartAndIsToldWhichPropertyToSet() {
        runner.withPropertyValues("spring.security.oauth2.resourceserver.jwt.audiences=").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
        });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnChain {

        @Bean
        SecurityFilterChain ownChain(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDecoder {

        final JwtDecoder decoder = token -> {
            throw new UnsupportedOperationException("never called");
        };

        @Bean
        JwtDecoder ownDecoder() {
            return decoder;
        }
    }
}
