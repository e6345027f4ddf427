package uk.org.networkcommons.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;

class JwtDecoderFactoryTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();
    private static final String UNREACHABLE = "http://127.0.0.1:1/realms/network-commons";

    @Test
    void decoderIsCreatedWithoutContactingKeycloakSoAServiceStartsBeforeKeycloakIsUp() {
        OAuth2ResourceServerProperties.Jwt properties = properties(UNREACHABLE + "/protocol/openid-connect/certs",
                UNREACHABLE);

        assertThat(JwtDecoderFactory.create(properties)).isNotNull();
    }

    @Test
    void decoderWithoutJwkSetUriFindsTheKeysThroughTheIssuersDiscoveryDocumentOnFirstUse() {
        JwtDecoder decoder = JwtDecoderFactory.create(properties(null, ISSUER.issuerUri()));
        TestUser user = TestUsers.platformAdmin();

        Jwt jwt = decoder.decode(ISSUER.token(user).encode());

        assertThat(jwt.getSubject()).isEqualTo(user.subject());
    }

    @Test
    void startupFailsWithoutAnAudienceBecauseAnyTokenOfTheRealmWouldBeAccepted() {
        OAuth2ResourceServerProperties.Jwt properties = properties(ISSUER.jwkSetUri(), ISSUER.issuerUri());
        properties.setAudiences(List.of());

        assertThatThrownBy(() -> JwtDecoderFactory.create(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.audiences");
    }

    @Test
    void startupFailsWithoutAnIssuer() {
        OAuth2ResourceServerProperties.Jwt properties = properties(ISSUER.jwkSetUri(), null);

        assertThatThrownBy(() -> JwtDecoderFactory.create(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("spring.security.oauth2.resourceserver.jwt.issuer-uri");
    }

    @Test
    void symmetricAlgorithmsCannotBeAllowed() {
        OAuth2ResourceServerProperties.Jwt properties = properties(ISSUER.jwkSetUri(), ISSUER.issuerUri());
        properties.setJwsAlgorithms(List.of("RS256", "HS256"));

        assertThatThrownBy(() -> JwtDecoderFactory.create(properties))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("HS256");
    }

    private static OAuth2ResourceServerProperties.Jwt properties(String jwkSetUri, String issuerUri) {
        OAuth2ResourceServerProperties.Jwt properties = new OAuth2ResourceServerProperties.Jwt();
        properties.setJwkSetUri(jwkSetUri);
        properties.setIssuerUri(issuerUri);
        properties.setAudiences(List.of(TestJwtIssuer.AUDIENCE));
        return properties;
    }
}
