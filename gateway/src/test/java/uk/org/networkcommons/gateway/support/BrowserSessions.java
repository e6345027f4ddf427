package uk.org.networkcommons.gateway.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebHandler;
import org.springframework.web.server.handler.DefaultWebFilterChain;
import org.springframework.web.server.session.WebSessionManager;
import org.thymeleaf.standard.expression.NoOpToken;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;

/**
 * Browsers signed in to the running gateway, without a Keycloak: the session holds exactly what a completed
 * authorization-code login leaves in it (the OIDC login with a signed ID token, the signed access token as the
 * authorized client), stored in the gateway's own session store. The portal layout is then rendered for that session
 * through the gateway's real security filter chain and Thymeleaf view resolver, and the CSRF token is read from the
 * sign-out form it renders, as a browser would submit it.
 */
public final class BrowserSessions {

    public static final String SESSION_COOKIE = "SESSION";
    public static final String PORTAL_CLIENT_ID = "network-commons-portal";

    private static final Pattern LOGOUT_FORM = Pattern.compile("<form[^>]*action=\"/logout\"[^>]*>(.*?)</form>",
            Pattern.DOTALL);
    private static final Pattern CSRF_FIELD = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final ApplicationContext context;

    public BrowserSessions(ApplicationContext context) {
        this.context = context;
    }

    /** A person's browser session and what its pages show. */
    public record BrowserSession(TestUser user, String sessionId, String csrfToken, String idToken, String accessToken,
            String layoutHtml) {
    }

    public BrowserSession signIn(TestUser user) {
        TestJwtIssuer issuer = TestJwtIssuer.instance();
        String accessToken = issuer.token(user).encode();
        String idToken = issuer.token(user).audience(PORTAL_CLIENT_ID).claim("azp", PORTAL_CLIENT_ID)
                .without("realm_access").encode();
        Instant issuedAt = Instant.now();
        Instant expiresAt = issuedAt.plus(TestJwtIssuer.DEFAULT_LIFETIME);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", user.subject());
        claims.put("iss", issuer.issuerUri());
        claims.put("aud", List.of(PORTAL_CLIENT_ID));
        claims.put("preferred_username", user.username());
        claims.put("iat", issuedAt);
        claims.put("exp", expiresAt);
        DefaultOidcUser person = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")),
                new OidcIdToken(idToken, issuedAt, expiresAt, claims), "sub");
        OAuth2AuthenticationToken login = new OAuth2AuthenticationToken(person, person.getAuthorities(), "keycloak");
        ClientRegistration registration = context.getBean(ReactiveClientRegistrationRepository.class)
                .findByRegistrationId("keycloak").block();
        OAuth2AuthorizedClient tokens = new OAuth2AuthorizedClient(registration, login.getName(),
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, accessToken, issuedAt, expiresAt));

        MockServerWebExchange exchange = MockServerWebExchange
                .builder(MockServerHttpRequest.get("/").accept(MediaType.TEXT_HTML))
                .sessionManager(context.getBean(WebSessionManager.class))
                .build();
        new WebSessionServerSecurityContextRepository().save(exchange, new SecurityContextImpl(login)).block();
        context.getBean(ServerOAuth2AuthorizedClientRepository.class).saveAuthorizedClient(tokens, login, exchange)
                .block();
        renderLayoutThroughTheSecurityChain(exchange, user);

        String html = exchange.getResponse().getBodyAsString().defaultIfEmpty("").block();
        if (html.isEmpty()) {
            throw new IllegalStateException("The layout was not rendered: " + exchange.getResponse().getStatusCode()
                    + " " + exchange.getResponse().getHeaders());
        }
        ResponseCookie session = exchange.getResponse().getCookies().getFirst(SESSION_COOKIE);
        if (session == null) {
            throw new IllegalStateException("The gateway did not keep a session for the signed-in browser");
        }
        return new BrowserSession(user, session.getValue(), csrfTokenOfSignOutForm(html), idToken, accessToken,
                html);
    }

    private void renderLayoutThroughTheSecurityChain(MockServerWebExchange exchange, TestUser user) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("viewer", user.expectedViewer());
        model.put("viewerIsLaOfficer", false);
        // the layout's own <title> and <main> stay: this renders the layout, not a page filling it
        model.put("title", NoOpToken.VALUE);
        model.put("main", NoOpToken.VALUE);
        WebHandler layout = page -> Flux.fromStream(context.getBeanProvider(ViewResolver.class).orderedStream())
                .concatMap(resolver -> resolver.resolveViewName("layout", Locale.UK))
                .next()
                .switchIfEmpty(Mono.error(new IllegalStateException("No view resolver renders the portal layout")))
                .flatMap(view -> view.render(model, MediaType.TEXT_HTML, page));
        List<WebFilter> filters = context.getBean(SecurityWebFilterChain.class).getWebFilters().collectList().block();
        new DefaultWebFilterChain(layout, filters).filter(exchange)
                .then(Mono.defer(() -> exchange.getResponse().setComplete()))
                .block();
    }

    public static String csrfTokenOfSignOutForm(String html) {
        Matcher form = LOGOUT_FORM.matcher(html);
        if (!form.find()) {
            throw new IllegalStateException("The layout rendered no sign-out form:\n" + html);
        }
        Matcher field = CSRF_FIELD.matcher(form.group(1));
        if (!field.find()) {
            throw new IllegalStateException("The sign-out form has no _csrf field:\n" + form.group());
        }
        Matcher value = VALUE.matcher(field.group());
        if (!value.find()) {
            throw new IllegalStateException("The _csrf field has no value: " + field.group());
        }
        return value.group(1);
    }
}
