package uk.org.networkcommons.gateway.hostile;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.web.reactive.function.BodyInserter;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.Upstream;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.BrowserSessions;
import uk.org.networkcommons.gateway.support.BrowserSessions.BrowserSession;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;

/**
 * The network's co-ordinator, signed in to the running gateway over real HTTP (the server's own request decoding is
 * part of what is fuzzed), sending raw bodies exactly as given. The gateway allows each person a burst of requests
 * (ADR 14's rate limit), so after {@link #REQUESTS_PER_PERSON} the co-ordinator is a new person, signed in afresh, whom
 * the network-service fake then names as its co-ordinator; the fuzzer never meets a 429 it did not ask for.
 */
final class SignedInCaller {

    /** Well within the configured burst (100), leaving room for the requests signing in makes. */
    static final int REQUESTS_PER_PERSON = 80;

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final int CHUNK = 16 * 1024;

    private final ApplicationContext context;
    private final WebTestClient web;
    private TestUser person;
    private BrowserSession session;
    private int requests;

    SignedInCaller(ApplicationContext context) {
        this.context = context;
        this.web = context.getBean(WebTestClient.class).mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** What the gateway answered. */
    record Response(int status, HttpHeaders headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String contentType() {
            return headers.getFirst(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** The current session, signing a new person in when the last one has spent their allowance or signed out. */
    BrowserSession session() {
        if (session == null || requests >= REQUESTS_PER_PERSON) {
            person = TestUsers.member(OrganisationId.of(Upstream.SCHOOL), Upstream.LA)
                    .withSubject(UUID.randomUUID().toString());
            ServiceRules.leadBy(FakeServices.of(Service.NETWORK_SERVICE), person.subject());
            session = new BrowserSessions(context).signIn(person);
            requests = 1;
        }
        return session;
    }

    /** The session ended (the fuzzer posted the sign-out form). */
    void signedOut() {
        session = null;
    }

    String bearer() {
        session();
        return TestJwtIssuer.instance().token(person).bearer();
    }

    /** A page, as the browser asks for it. */
    Response get(String path) {
        BrowserSession current = session();
        requests++;
        return result(web.get().uri(path).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT)
                .cookie(BrowserSessions.SESSION_COOKIE, current.sessionId()).exchange());
    }

    /**
     * Sends {@code body} as it is, with {@code contentType} as it is (null: none), declaring its length or, when
     * {@code chunked}, streaming it without one.
     *
     * @param withSession   send the session cookie (a browser), else only what {@code headers} carry (an API client)
     */
    Response send(HttpMethod method, String path, String accept, String contentType, byte[] body, boolean chunked,
            boolean withSession, HttpHeaders headers) {
        BrowserSession current = session();
        requests++;
        WebTestClient.RequestBodySpec request = web.method(method).uri(path).header(HttpHeaders.ACCEPT, accept)
                .headers(all -> all.addAll(headers));
        if (withSession) {
            request.cookie(BrowserSessions.SESSION_COOKIE, current.sessionId());
        }
        if (contentType != null) {
            request.header(HttpHeaders.CONTENT_TYPE, contentType);
        }
        if (body == null) {
            return result(request.exchange());
        }
        if (!chunked) {
            request.header(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length));
        }
        return result(request.body(raw(body, chunked)).exchange());
    }

    /** The bytes as given: no encoder reads the content type, which may not even parse. */
    private static BodyInserter<byte[], ClientHttpRequest> raw(byte[] body, boolean chunked) {
        return (message, context) -> {
            if (!chunked) {
                return message.writeWith(Mono.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
            }
            Flux<DataBuffer> chunks = Flux.range(0, (body.length + CHUNK - 1) / CHUNK)
                    .map(index -> DefaultDataBufferFactory.sharedInstance.wrap(ByteBuffer.wrap(body, index * CHUNK,
                            Math.min(CHUNK, body.length - index * CHUNK))));
            return message.writeWith(chunks);
        };
    }

    private static Response result(WebTestClient.ResponseSpec spec) {
        EntityExchangeResult<byte[]> result = spec.expectBody().returnResult();
        byte[] body = result.getResponseBodyContent();
        return new Response(result.getStatus().value(), result.getResponseHeaders(), body == null ? new byte[0] : body);
    }
}
