package uk.org.networkcommons.gateway.portal.shell;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.util.UriBuilder;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * A browser signed in to the portal as {@code user}, against the shared test context. The session holds a real access
 * token from {@link TestJwtIssuer}, stored in the gateway's own authorized-client repository as a Keycloak sign-in
 * would store it, so {@code CurrentViewer} decodes and validates it and {@code ServiceCalls} forwards it upstream
 * exactly as in production. ({@code mockOAuth2Login()} is not used: its stand-in client, whose token is not a JWT,
 * takes the place of the stored one.) Forms are posted with a valid CSRF token.
 */
public final class PortalBrowser {

    public static final String REGISTRATION_ID = "keycloak";

    private final WebTestClient client;
    private final String accessToken;
    private final TestUser user;

    private PortalBrowser(WebTestClient client, String accessToken, TestUser user) {
        this.client = client;
        this.accessToken = accessToken;
        this.user = user;
    }

    public static PortalBrowser signedInAs(ApplicationContext context, TestUser user) {
        ClientRegistration keycloak = context.getBean(ReactiveClientRegistrationRepository.class)
                .findByRegistrationId(REGISTRATION_ID).blockOptional()
                .orElseThrow(() -> new IllegalStateException("No client registration " + REGISTRATION_ID));
        Instant now = Instant.now();
        String token = TestJwtIssuer.instance().token(user).encode();
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, now,
                now.plus(TestJwtIssuer.DEFAULT_LIFETIME));
        List<GrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("OAUTH2_USER"));
        OAuth2User person = new DefaultOAuth2User(authorities,
                Map.of("sub", user.subject(), "preferred_username", user.username()), "sub");
        OAuth2AuthenticationToken signIn = new OAuth2AuthenticationToken(person, authorities, REGISTRATION_ID);
        context.getBean(ServerOAuth2AuthorizedClientRepository.class)
                .saveAuthorizedClient(new OAuth2AuthorizedClient(keycloak, user.subject(), accessToken), signIn,
                        MockServerWebExchange.from(MockServerHttpRequest.get("/")))
                .block();
        WebTestClient client = WebTestClient.bindToApplicationContext(context)
                .apply(springSecurity())
                .configureClient()
                // longer than ServiceCalls' timeout, so a hanging service is seen as the page the person gets
                .responseTimeout(Duration.ofSeconds(30))
                .build()
                .mutateWith(mockAuthentication(signIn))
                .mutateWith(csrf());
        return new PortalBrowser(client, token, user);
    }

    public WebTestClient client() {
        return client;
    }

    /** The access token the portal must send upstream on this person's behalf. */
    public String accessToken() {
        return accessToken;
    }

    public String bearer() {
        return "Bearer " + accessToken;
    }

    public TestUser user() {
        return user;
    }

    /** GETs a page that must answer 200 with HTML, and returns it. */
    public Page page(String path) {
        return page(path, HttpStatus.OK);
    }

    /** GETs a page whose address is built (so query values are encoded once), which must answer 200 with HTML. */
    public Page page(Function<UriBuilder, URI> address) {
        String html = client.get().uri(address).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        return Page.of(html);
    }

    /** GETs a page that must answer {@code status} with HTML, and returns it. */
    public Page page(String path, HttpStatus status) {
        String html = client.get().uri(path).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        return Page.of(html);
    }

    /** Posts a form as a browser does ({@code application/x-www-form-urlencoded}). */
    public WebTestClient.ResponseSpec submit(String path, MultiValueMap<String, String> form) {
        return client.post().uri(path).accept(MediaType.TEXT_HTML)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
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
