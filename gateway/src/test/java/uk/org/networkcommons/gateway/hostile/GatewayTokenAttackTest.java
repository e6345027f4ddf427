package uk.org.networkcommons.gateway.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.security.JwtDecoderFactory;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer.Token;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.test.security.TokenAttacks;

/**
 * The services' token attacks ({@link TokenAttacks}, one list for all) sent to the gateway, which checks bearer tokens
 * itself before it routes, streams or renders anything: a proxied API route, the live event stream and a portal page.
 * Every forged or unfit token is refused with 401 problem+json and never reaches a service; keys rotate against the
 * gateway's own JWKS cache as they do at the services.
 */
@GatewayIntegrationTest
class GatewayTokenAttackTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();
    private static final String PROXIED = "/api/networks";
    private static final String STREAM = "/api/events/stream";
    private static final String PAGE = "/";

    /** Each target with the Accept header its real clients send, so a page request is not mistaken for an API one. */
    private static final Map<String, MediaType> TARGETS = Map.of(PROXIED, MediaType.APPLICATION_JSON,
            STREAM, MediaType.TEXT_EVENT_STREAM, PAGE, MediaType.TEXT_HTML);

    private static final AtomicInteger CASES = new AtomicInteger();

    @Autowired
    WebTestClient web;

    @Autowired
    ServerProperties server;

    @BeforeEach
    void services() {
        FakeServices.reset();
        FakeServices.of(Service.NETWORK_SERVICE).answer("GET " + PROXIED, Answer.json("[]"));
    }

    @AfterAll
    static void printCount() {
        System.out.printf("[token-attacks] gateway: %d forgeries and %d malformed headers on %d targets (%s), plus key "
                + "rotation: %d cases checked%n", TokenAttacks.FORGERIES.size(), TokenAttacks.MALFORMED_HEADERS.size(),
                TARGETS.size(), String.join(", ", TARGETS.keySet().stream().sorted().toList()), CASES.get());
    }

    @Test
    void everyForgedOrUnfitTokenIsRefusedWith401ProblemJsonAndNeverReachesAService() {
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, UnaryOperator<Token>> attack : TokenAttacks.FORGERIES.entrySet()) {
            String bearer = "Bearer " + attack.getValue().apply(ISSUER.token(TestUsers.platformAdmin())).encode();
            TARGETS.forEach((path, accept) -> collect(failures, () -> assertInvalidToken(path, accept, bearer,
                    attack.getKey())));
        }
        assertThat(failures).isEmpty();
        assertThat(CASES.get()).isGreaterThanOrEqualTo(TokenAttacks.FORGERIES.size() * TARGETS.size());
    }

    @Test
    void everyMalformedAuthorizationHeaderIsRefusedWith401ProblemJsonAndNeverReachesAService() {
        List<String> failures = new ArrayList<>();
        for (String header : TokenAttacks.MALFORMED_HEADERS) {
            TARGETS.forEach((path, accept) -> collect(failures, () -> {
                EntityExchangeResult<String> result = send(path, accept, header);
                String as = "GET " + path + " with " + abbreviate(header);
                if (header.length() > maxHeaderBytes()) {
                    // refused by the HTTP server itself before any filter runs; Netty writes no body
                    assertThat(result.getStatus().value()).as(as).isEqualTo(431);
                    assertNothingForwarded(as);
                    CASES.incrementAndGet();
                } else {
                    assertRefused(result, as);
                }
            }));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theSameTokenUnforgedIsAcceptedAndForwarded() {
        String bearer = ISSUER.token(TestUsers.platformAdmin()).bearer();
        String withinSkew = ISSUER.token(TestUsers.platformAdmin())
                .expiresAt(Instant.now().minus(JwtDecoderFactory.CLOCK_SKEW.minusSeconds(20))).bearer();

        assertAccepted(bearer, "a valid token");
        assertAccepted(withinSkew, "a token expired within the clock skew");
    }

    /** As {@link TokenAttacks#assertKeyRotation} does at the services, against the gateway's reactive JWKS cache. */
    @Test
    void aNewlyPublishedKeyIsAcceptedAfterTheKeySetIsReadAgainAndAWithdrawnKeyIsRefused() {
        String added = ISSUER.publishNewKey();
        int fetches = ISSUER.jwksRequests();
        assertAccepted(ISSUER.token(TestUsers.platformAdmin()).signedBy(added).bearer(),
                "a token signed by a newly published key");
        assertThat(ISSUER.jwksRequests()).as("the key set was read again for the new key").isGreaterThan(fetches);

        ISSUER.withdrawKey(added);
        assertInvalidToken(PROXIED, MediaType.APPLICATION_JSON,
                ISSUER.token(TestUsers.platformAdmin()).keyId("not-yet-published").bearer(),
                "a key id nobody published, which makes the gateway re-read the key set");
        String withdrawn = ISSUER.token(TestUsers.platformAdmin()).signedBy(added).bearer();
        TARGETS.forEach((path, accept) -> assertInvalidToken(path, accept, withdrawn,
                "a token signed by a key deleted from the realm"));
        assertAccepted(ISSUER.token(TestUsers.platformAdmin()).bearer(), "a token signed by the key still published");
    }

    private void assertInvalidToken(String path, MediaType accept, String bearer, String attack) {
        String as = "GET " + path + " with " + attack;
        EntityExchangeResult<String> result = send(path, accept, bearer);
        assertRefused(result, as);
        assertThat(result.getResponseBody()).as(as).contains(Problems.TYPE_BASE + Problems.INVALID_TOKEN);
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).as(as).startsWith("Bearer")
                .contains("error=\"invalid_token\"");
    }

    private static void assertRefused(EntityExchangeResult<String> result, String as) {
        assertThat(result.getStatus().value()).as(as).isEqualTo(401);
        assertThat(result.getResponseHeaders().getContentType()).as(as).isNotNull()
                .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(as)
                        .isTrue());
        assertThat(result.getResponseHeaders().getLocation()).as(as + ": no redirect to sign-in").isNull();
        assertNothingForwarded(as);
        CASES.incrementAndGet();
    }

    private static void assertNothingForwarded(String as) {
        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).as(as + ": nothing reached network-service")
                .isEmpty();
        assertThat(FakeServices.of(Service.CAMEO_SERVICE).received()).as(as).isEmpty();
        assertThat(FakeServices.of(Service.ACTION_TRACKER).received()).as(as).isEmpty();
    }

    private void assertAccepted(String bearer, String what) {
        FakeServices.reset();
        FakeServices.of(Service.NETWORK_SERVICE).answer("GET " + PROXIED, Answer.json("[]"));
        web.get().uri(PROXIED).accept(MediaType.APPLICATION_JSON).header(HttpHeaders.AUTHORIZATION, bearer)
                .exchange()
                .expectStatus().isOk();
        assertThat(FakeServices.of(Service.NETWORK_SERVICE).received()).as("GET %s with %s", PROXIED, what)
                .singleElement()
                .satisfies(received -> assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo(bearer));
        FakeServices.reset();
        FakeServices.of(Service.NETWORK_SERVICE).answer("GET " + PROXIED, Answer.json("[]"));
    }

    private long maxHeaderBytes() {
        return server.getMaxHttpRequestHeaderSize().toBytes();
    }

    private EntityExchangeResult<String> send(String path, MediaType accept, String authorization) {
        return web.get().uri(path).accept(accept).header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    /** Every case is tried even after one fails, so a run names every hole at once. */
    private static void collect(List<String> failures, Runnable check) {
        try {
            check.run();
        } catch (AssertionError failure) {
            failures.add(failure.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
