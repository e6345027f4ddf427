package uk.org.networkcommons.platform.test.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import uk.org.networkcommons.platform.security.JwtDecoderFactory;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer.Token;

/**
 * Every way an attacker can forge, replay or bend an access token, tried against every endpoint of a service's OpenAPI
 * document through its real filter chain and token validation: each must be refused with 401 problem+json
 * ({@code invalid-token}) and {@code WWW-Authenticate: Bearer error="invalid_token"}; key rotation is checked against
 * the service's real JWKS cache. One list for every service, so a new attack is added once.
 */
public final class TokenAttacks {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();
    private static final Duration BEYOND_SKEW = JwtDecoderFactory.CLOCK_SKEW.plusSeconds(30);

    /** Name of the attack to what it does to an otherwise valid token of a platform admin. */
    public static final Map<String, UnaryOperator<Token>> FORGERIES = forgeries();

    private TokenAttacks() {
    }

    private static Map<String, UnaryOperator<Token>> forgeries() {
        Map<String, UnaryOperator<Token>> attacks = new LinkedHashMap<>();
        attacks.put("alg none, no signature", Token::unsigned);
        attacks.put("HS256 keyed with the issuer's RSA public key", Token::hs256WithPublicKey);
        attacks.put("signed by a key the issuer never published", Token::signedByUnknownKey);
        attacks.put("signed by another key under the issuer's key id", Token::forgedWithOurKeyId);
        attacks.put("claims edited after signing", Token::tampered);
        attacks.put("key id the JWKS does not hold", token -> token.keyId("no-such-key"));
        attacks.put("wrong issuer", token -> token.issuer("https://evil.example/realms/network-commons"));
        attacks.put("issuer of another realm on the same host",
                token -> token.issuer(ISSUER.issuerUri().replace(TestJwtIssuer.REALM, "master")));
        attacks.put("no audience", Token::noAudience);
        attacks.put("another audience only", token -> token.audience("account", "some-other-api"));
        attacks.put("expired beyond the clock skew", token -> token.expiresAt(Instant.now().minus(BEYOND_SKEW)));
        attacks.put("not valid until beyond the clock skew",
                token -> token.notBefore(Instant.now().plus(BEYOND_SKEW)));
        attacks.put("no expiry", token -> token.without("exp"));
        attacks.put("no subject", token -> token.without("sub"));
        attacks.put("blank subject", token -> token.claim("sub", " "));
        return Collections.unmodifiableMap(attacks);
    }

    /** Authorization headers that are not a bearer JWT at all. */
    public static final List<String> MALFORMED_HEADERS = List.of("Bearer not.a.jwt", "Bearer ", "Bearer a.b",
            "Bearer eyJhbGciOiJub25lIn0.e30.", "Bearer " + "A".repeat(10_000));

    /**
     * One dynamic test per endpoint: every forgery and malformed header is refused on it; then one that shows the
     * same token, unforged, is accepted at {@code probe} (a GET the admin may call), so the refusals come from the
     * forgeries, and prints the count.
     */
    public static Stream<DynamicTest> against(String service, MockMvc mvc, OpenApiEndpoints document, String probe) {
        AtomicInteger cases = new AtomicInteger();
        List<Endpoint> endpoints = document.under("/api/");
        Stream<DynamicTest> perEndpoint = endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.key(),
                () -> {
                    String path = endpoint.path().replaceAll("\\{[^}]+}", "x");
                    for (Map.Entry<String, UnaryOperator<Token>> attack : FORGERIES.entrySet()) {
                        String token = attack.getValue().apply(ISSUER.token(TestUsers.platformAdmin())).encode();
                        assertRefused(mvc, endpoint.method(), path, "Bearer " + token, attack.getKey());
                        cases.incrementAndGet();
                    }
                    for (String header : MALFORMED_HEADERS) {
                        MockHttpServletResponse response = send(mvc, endpoint.method(), path, header);
                        String as = endpoint.key() + " with " + abbreviate(header);
                        assertThat(response.getStatus()).as(as).isEqualTo(401);
                        assertThat(response.getContentType()).as(as).startsWith("application/problem+json");
                        cases.incrementAndGet();
                    }
                }));
        DynamicTest control = DynamicTest.dynamicTest("the same tokens unforged are accepted", () -> {
            assertAccepted(mvc, probe, ISSUER.token(TestUsers.platformAdmin()).encode(), "a valid token");
            assertAccepted(mvc, probe, ISSUER.token(TestUsers.platformAdmin())
                    .expiresAt(Instant.now().minus(JwtDecoderFactory.CLOCK_SKEW.minusSeconds(20))).encode(),
                    "a token expired within the clock skew");
            System.out.printf("[token-attacks] %s: %d forgeries and %d malformed headers on %d endpoints: %d cases "
                    + "refused with 401 problem+json%n", service, FORGERIES.size(), MALFORMED_HEADERS.size(),
                    endpoints.size(), cases.get());
            assertThat(cases.get()).isEqualTo(endpoints.size() * (FORGERIES.size() + MALFORMED_HEADERS.size()));
        });
        return Stream.concat(perEndpoint, Stream.of(control));
    }

    /**
     * Key rotation as Keycloak does it, against the service's real JWKS cache: a key added to the realm is accepted as
     * soon as a token names it (the service re-reads the key set for an unknown key id); once the key is deleted, the
     * service refuses its tokens from its next read of the key set, which any unknown key id triggers.
     */
    public static void assertKeyRotation(MockMvc mvc, String probe) {
        String added = ISSUER.publishNewKey();
        int fetches = ISSUER.jwksRequests();
        assertAccepted(mvc, probe, ISSUER.token(TestUsers.platformAdmin()).signedBy(added).encode(),
                "a token signed by a newly published key");
        assertThat(ISSUER.jwksRequests()).as("the key set was read again for the new key").isGreaterThan(fetches);

        ISSUER.withdrawKey(added);
        assertRefused(mvc, HttpMethod.GET, probe,
                "Bearer " + ISSUER.token(TestUsers.platformAdmin()).keyId("not-yet-published").encode(),
                "a key id nobody published, which makes the service re-read the key set");
        assertRefused(mvc, HttpMethod.GET, probe,
                "Bearer " + ISSUER.token(TestUsers.platformAdmin()).signedBy(added).encode(),
                "a token signed by a key deleted from the realm");
        assertAccepted(mvc, probe, ISSUER.token(TestUsers.platformAdmin()).encode(),
                "a token signed by the key still published");
    }

    private static void assertRefused(MockMvc mvc, HttpMethod method, String path, String authorization,
            String attack) {
        MockHttpServletResponse response = send(mvc, method, path, authorization);
        String as = method + " " + path + " with " + attack;
        try {
            assertThat(response.getStatus()).as(as).isEqualTo(401);
            assertThat(response.getContentType()).as(as).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).as(as).contains("/problems/invalid-token");
            assertThat(response.getHeader(HttpHeaders.WWW_AUTHENTICATE)).as(as).startsWith("Bearer")
                    .contains("error=\"invalid_token\"");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertAccepted(MockMvc mvc, String probe, String token, String what) {
        MockHttpServletResponse response = send(mvc, HttpMethod.GET, probe, "Bearer " + token);
        assertThat(response.getStatus()).as("GET %s with %s", probe, what).isBetween(200, 299);
    }

    private static MockHttpServletResponse send(MockMvc mvc, HttpMethod method, String path, String authorization) {
        try {
            return mvc.perform(request(method, path).header(HttpHeaders.AUTHORIZATION, authorization)).andReturn()
                    .getResponse();
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
