package uk.org.networkcommons.gateway.portal.shell;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriBuilder;
import uk.org.networkcommons.gateway.support.BrowserSessions;
import uk.org.networkcommons.gateway.support.BrowserSessions.BrowserSession;
import uk.org.networkcommons.platform.test.security.TestUser;

/**
 * A browser signed in to the portal as {@code user}, against the shared test context: a real gateway session holding
 * what a Keycloak sign-in leaves there (see {@link BrowserSessions}), sent as the session cookie, through the real
 * security filter chain. {@code CurrentViewer} validates the session's access token and {@code ServiceCalls} forwards
 * it upstream exactly as in production. {@link #submit} posts forms with the session's CSRF token, as the page's form
 * would; {@link #client()} sends only the cookie, so a form posted through it without the token is refused.
 */
public final class PortalBrowser {

    private final WebTestClient client;
    private final BrowserSession session;

    private PortalBrowser(WebTestClient client, BrowserSession session) {
        this.client = client;
        this.session = session;
    }

    public static PortalBrowser signedInAs(ApplicationContext context, TestUser user) {
        BrowserSession session = new BrowserSessions(context).signIn(user);
        WebTestClient client = WebTestClient.bindToApplicationContext(context)
                .configureClient()
                // longer than ServiceCalls' timeout, so a hanging service is seen as the page the person gets
                .responseTimeout(Duration.ofSeconds(30))
                .defaultCookie(BrowserSessions.SESSION_COOKIE, session.sessionId())
                .build();
        return new PortalBrowser(client, session);
    }

    /** Requests with the session cookie and nothing else. */
    public WebTestClient client() {
        return client;
    }

    /** The access token the portal must send upstream on this person's behalf. */
    public String accessToken() {
        return session.accessToken();
    }

    public String bearer() {
        return "Bearer " + session.accessToken();
    }

    public TestUser user() {
        return session.user();
    }

    /** GETs a page that must answer 200 with HTML, and returns it. */
    public Page page(String path) {
        return page(path, HttpStatus.OK);
    }

    /** GETs a page that must answer {@code status} with HTML, and returns it. */
    public Page page(String path, HttpStatus status) {
        return page(builder -> builder.path(path).build(), status, path);
    }

    public Page page(String path, int status) {
        return page(path, HttpStatus.valueOf(status));
    }

    /** GETs a page whose address is built (so query values are encoded once), which must answer 200 with HTML. */
    public Page page(Function<UriBuilder, URI> address) {
        return page(address, HttpStatus.OK, null);
    }

    private Page page(Function<UriBuilder, URI> address, HttpStatus status, String literalPath) {
        WebTestClient.RequestHeadersSpec<?> request = literalPath == null ? client.get().uri(address)
                : client.get().uri(literalPath);
        String html = request.accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        return Page.of(html == null ? "" : html);
    }

    /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}), with the session's CSRF token. */
    public WebTestClient.ResponseSpec submit(String path, MultiValueMap<String, String> form) {
        MultiValueMap<String, String> withToken = new LinkedMultiValueMap<>(form);
        withToken.set("_csrf", session.csrfToken());
        return client.post().uri(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(withToken)).exchange();
    }

    /** Posts a form that is shown again with {@code status}, and returns that page. */
    public Page submitExpecting(String path, MultiValueMap<String, String> form, int status) {
        String html = submit(path, form).expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
        return Page.of(html == null ? "" : html);
    }

    /** Form fields in order; a name given twice is sent twice, as checkboxes are. */
    public static MultiValueMap<String, String> form(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Give names and values in pairs");
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
