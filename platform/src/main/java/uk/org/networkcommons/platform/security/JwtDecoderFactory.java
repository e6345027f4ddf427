package uk.org.networkcommons.platform.security;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerProperties;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * Builds the decoder that decides which tokens a service accepts. Issuer and audience are mandatory: without the
 * audience check any token minted by the realm, for any client, would open every service. Keys come from the JWKS URI
 * and are fetched on the first request, not at start-up, so a service starts while Keycloak is still booting; only
 * asymmetric algorithms are allowed, which rules out {@code none} and HMAC tokens keyed with the public key.
 */
public final class JwtDecoderFactory {

    /** Tolerated difference between Keycloak's clock and ours when checking {@code exp} and {@code nbf}. */
    public static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private static final String PREFIX = "spring.security.oauth2.resourceserver.jwt.";

    private JwtDecoderFactory() {
    }

    public static JwtDecoder create(OAuth2ResourceServerProperties.Jwt properties) {
        String issuer = required(properties.getIssuerUri(), "issuer-uri",
                "the Keycloak realm URL, e.g. http://127.0.0.1:18080/realms/network-commons");
        List<String> audiences = properties.getAudiences() == null ? List.of()
                : properties.getAudiences().stream().filter(StringUtils::hasText).map(String::strip).toList();
        if (audiences.isEmpty()) {
            throw new IllegalStateException("Set " + PREFIX + "audiences to the audience this service accepts "
                    + "(the API's client id in Keycloak); without it a token issued for any client would be accepted");
        }
        OAuth2TokenValidator<Jwt> validator = validator(issuer, audiences);
        Consumer<Set<SignatureAlgorithm>> algorithms = allowed -> properties.getJwsAlgorithms()
                .forEach(name -> allowed.add(algorithm(name)));
        String jwkSetUri = properties.getJwkSetUri();
        if (StringUtils.hasText(jwkSetUri)) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri.strip()).jwsAlgorithms(algorithms)
                    .build();
            decoder.setJwtValidator(validator);
            return decoder;
        }
        // no JWKS URI: discover it from the issuer on the first request rather than failing start-up
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).jwsAlgorithms(algorithms).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    /**
     * Spring's defaults ({@code typ} header, certificate-bound tokens) plus: expiry required and checked with
     * {@link #CLOCK_SKEW}, the exact issuer, one of our audiences, and a subject, since a Viewer needs one.
     */
    public static OAuth2TokenValidator<Jwt> validator(String issuer, Collection<String> audiences) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setAllowEmptyExpiryClaim(false);
        Set<String> accepted = Set.copyOf(audiences);
        return JwtValidators.createDefaultWithValidators(List.of(
                timestamps,
                new JwtIssuerValidator(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        aud -> aud != null && aud.stream().anyMatch(accepted::contains)),
                new JwtClaimValidator<String>(JwtClaimNames.SUB, sub -> sub != null && !sub.isBlank())));
    }

    private static SignatureAlgorithm algorithm(String name) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.from(name);
        if (algorithm == null) {
            throw new IllegalStateException(PREFIX + "jws-algorithms may only name asymmetric algorithms such as "
                    + "RS256, but names " + name);
        }
        return algorithm;
    }

    private static String required(String value, String property, String example) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException("Set " + PREFIX + property + " to " + example
                    + "; tokens are only accepted from that issuer");
        }
        return value.strip();
    }
}
