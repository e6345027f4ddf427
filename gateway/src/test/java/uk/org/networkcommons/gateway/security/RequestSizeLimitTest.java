package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.BrowserSessions;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class RequestSizeLimitTest {

    private static final int CHUNK = 16 * 1024;

    @Autowired
    WebTestClient web;

    @Autowired
    EdgeSecurityProperties properties;

    @Autowired
    ApplicationContext context;

    String bearer;

    @BeforeEach
    void services() {
        FakeServices.reset();
        FakeServices.of(Service.ACTION_TRACKER).answer("POST /api/actions", Answer.json(201, "{\"id\":\"a-1\"}"));
        bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
    }

    @Test
    void aBodyDeclaredOverTheLimitIs413ProblemJsonAndNeverReachesTheService() {
        byte[] body = bytes(max() + 1);

        web.post().uri("/api/actions").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Content-Security-Policy")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://networkcommons.org.uk/problems/payload-too-large")
                .jsonPath("$.detail").isEqualTo("The request body is larger than the 1 MB Network Commons accepts.");

        assertThat(FakeServices.of(Service.ACTION_TRACKER).received()).isEmpty();
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsCutOffOnceItPassesTheLimit() {
        int chunks = (int) (max() / CHUNK) + 2;
        Flux<DataBuffer> body = Flux.range(0, chunks)
                .map(index -> DefaultDataBufferFactory.sharedInstance.wrap(bytes(CHUNK)));

        web.post().uri("/api/actions").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).body(body, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);

        assertThat(FakeServices.of(Service.ACTION_TRACKER).received())
                .as("the service never gets a complete oversized request").isEmpty();
    }

    @Test
    void aBodyOfExactlyTheLimitIsForwardedWhole() {
        byte[] body = bytes(max());

        web.post().uri("/api/actions").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange()
                .expectStatus().isCreated();

        assertThat(FakeServices.of(Service.ACTION_TRACKER).received().getFirst().body())
                .hasSize(body.length);
    }

    @Test
    void anOversizedPageFormIsRefusedBeforeItsCsrfFieldIsRead() {
        var browser = new BrowserSessions(context)
                .signIn(TestUsers.member(OrganisationId.random()));
        String form = "_csrf=" + browser.csrfToken() + "&note=" + new String(bytes(max()), StandardCharsets.US_ASCII);

        web.post().uri("/networks/n-1/notes").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    @Test
    void aFormOfAlmostTheWholeLimitIsReadWhole() {
        var browser = new BrowserSessions(context).signIn(TestUsers.member(OrganisationId.random()));
        String start = "_csrf=" + browser.csrfToken() + "&note=";
        String form = start + new String(bytes(max() - start.length()), StandardCharsets.US_ASCII);

        web.post().uri("/logout").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue(form)
                .exchange()
                .expectStatus().isFound();
    }

    @Test
    void aStreamedFormIsCutOffOnceItPassesTheLimitAndItsCsrfFieldIsNeverUsed() {
        var browser = new BrowserSessions(context).signIn(TestUsers.member(OrganisationId.random()));
        Flux<DataBuffer> form = Flux.concat(
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(("_csrf=" + browser.csrfToken() + "&note=")
                        .getBytes(StandardCharsets.US_ASCII))),
                Flux.range(0, (int) (max() / CHUNK) + 1)
                        .map(index -> DefaultDataBufferFactory.sharedInstance.wrap(bytes(CHUNK))));

        web.post().uri("/logout").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);

        web.get().uri("/api/no-such-route").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .exchange()
                .expectStatus().isNotFound(); // still signed in: not 401
    }

    @Test
    void aFormWhosePercentEncodingDoesNotDecodeIsRefused400NotFailedAsTheGatewaysOwnError() {
        var browser = new BrowserSessions(context).signIn(TestUsers.member(OrganisationId.random()));

        for (String broken : List.of("%", "%zz", "note=%2", "%zz=1")) {
            web.post().uri("/logout").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                    .accept(MediaType.TEXT_HTML)
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("_csrf=" + browser.csrfToken() + "&" + broken)
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        }
    }

    @Test
    void aStreamedMultipartBodyIsCutOffAtTheLimitAndOneWithoutItsBoundaryIsRefused400() {
        var browser = new BrowserSessions(context).signIn(TestUsers.member(OrganisationId.random()));
        Flux<DataBuffer> streamed = Flux.concat(
                // a file part: beyond the in-memory limit Spring writes it to disk, by default without limit
                Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(("--x\r\nContent-Disposition: form-data; "
                        + "name=\"title\"; filename=\"title.txt\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII))),
                Flux.range(0, (int) (5 * max() / CHUNK))
                        .map(index -> DefaultDataBufferFactory.sharedInstance.wrap(bytes(CHUNK))));

        web.post().uri("/networks/n-1/workshops").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .header("X-CSRF-TOKEN", browser.csrfToken()).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=x")).body(streamed, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413);
        web.post().uri("/networks/n-1/workshops").cookie(BrowserSessions.SESSION_COOKIE, browser.sessionId())
                .header("X-CSRF-TOKEN", browser.csrfToken()).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=x")).bodyValue("title=Spring")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    private long max() {
        return properties.maxRequestSize().toBytes();
    }

    private static byte[] bytes(long length) {
        byte[] bytes = new byte[Math.toIntExact(length)];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }
}
