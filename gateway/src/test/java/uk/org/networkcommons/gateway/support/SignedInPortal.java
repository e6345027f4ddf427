package uk.org.networkcommons.gateway.support;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;

/**
 * A browser signed in to the portal through Keycloak as {@code user}, against the shared test context. Its session's
 * access token is a real one from {@link TestJwtIssuer}, kept in the gateway's authorized-client repository as the
 * Keycloak sign-in keeps it: {@code CurrentViewer} then validates it and the portal sends it upstream, as in
 * production. The browser's session is the Keycloak sign-in's {@code OAuth2AuthenticationToken}, set directly:
 * {@code mockOidcLogin()} and {@code mockOAuth2Login()} would store their own placeholder access token for the same
 * person in that repository on every request, replacing the real one. Forms are posted with a valid CSRF token.
 */
public final class SignedInPortal {

    private static final String KEYCLOAK = "keycloak";

    private final WebTestClient browser;
    private final WebTestClient client;
    private final String accessToken;
    private final TestUser user;

    private SignedInPortal(WebTestClient browser, String accessToken, TestUser user) {
        this.browser = browser;
        this.client = browser.mutateWith(csrf());
        this.accessToken = accessToken;
        this.user = user;
    }

    public static SignedInPortal as(ApplicationContext context, TestUser user) {
        ClientRegistration keycloak = context.getBean(ReactiveClientRegistrationRepository.class)
                .findByRegistrationId(KEYCLOAK).blockOptional()
                .orElseThrow(() -> new IllegalStateException("No client registration " + KEYCLOAK));
        Instant now = Instant.now();
        String token = TestJwtIssuer.instance().token(user).encode();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now,
                now.plus(TestJwtIssuer.DEFAULT_LIFETIME));
        OidcIdToken idToken = new OidcIdToken("id-token", now, now.plus(TestJwtIssuer.DEFAULT_LIFETIME),
                Map.of("sub", user.subject(), "preferred_username", user.username()));
        OidcUser person = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), idToken);
        OAuth2AuthenticationToken signIn = new OAuth2AuthenticationToken(person, person.getAuthorities(), KEYCLOAK);
        context.getBean(ServerOAuth2AuthorizedClientRepository.class)
                .saveAuthorizedClient(new OAuth2AuthorizedClient(keycloak, user.subject(), accessToken), signIn,
                        MockServerWebExchange.from(MockServerHttpRequest.get("/")))
                .block();
        WebTestClient browser = WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .mutateWith(mockAuthentication(signIn));
        return new SignedInPortal(browser, token, user);
    }

    /** Posts without CSRF checks, so tests of a form's answers need not fetch its token first. */
    public WebTestClient client() {
        return client;
    }

    /** As a browser is checked: a form posted without the token its page gave (and that page's session) is refused. */
    public WebTestClient browser() {
        return browser;
    }

    /** The value the services must receive as {@code Authorization} on this person's behalf. */
    public String bearer() {
        return "Bearer " + accessToken;
    }

    public TestUser user() {
        return user;
    }

    /** GETs a page that must answer {@code status} with HTML, parsed. */
    public Document page(String path, int status) {
        String html = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        return Jsoup.parse(html == null ? "" : html);
    }

    public Document page(String path) {
        return page(path, 200);
    }

    /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}). */
    public WebTestClient.ResponseSpec submit(String path, MultiValueMap<String, String> form) {
        return client.post().uri(path).accept(MediaType.TEXT_HTML).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    /** Posts a form that is shown again with {@code status}, and returns the page, parsed. */
    public Document submitExpecting(String path, MultiValueMap<String, String> form, int status) {
        String html = submit(path, form).expectStatus().isEqualTo(status)
                .expectBody(String.class).returnResult().getResponseBody();
        return Jsoup.parse(html == null ? "" : html);
    }

    /** Form fields in order, as name, value, name, value... */
    public static MultiValueMap<String, String> form(String... namesAndValues) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            form.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return form;
    }
}
