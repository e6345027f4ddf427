package uk.org.networkcommons.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.gateway.portal.shell.Service;
import uk.org.networkcommons.gateway.support.FakeServices;
import uk.org.networkcommons.gateway.support.FakeServices.Answer;
import uk.org.networkcommons.gateway.support.GatewayIntegrationTest;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;

@GatewayIntegrationTest
class SecurityHeadersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>",
            Pattern.DOTALL);

    @Autowired
    WebTestClient web;

    @Autowired
    EdgeSecurityProperties properties;

    @BeforeEach
    void services() {
        FakeServices.reset();
        FakeServices.of(Service.ACTION_TRACKER).answer("GET /api/actions", Answer.json("[]"));
    }

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders() {
        String bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.random())).bearer();
        List<Function<WebTestClient, ResponseSpec>> answers = List.of(
                client -> client.get().uri("/actuator/health/readiness").exchange(),
                client -> client.get().uri("/api/actions").exchange(),
                client -> client.get().uri("/api/actions").header(HttpHeaders.AUTHORIZATION, bearer).exchange(),
                client -> client.get().uri("/").accept(MediaType.TEXT_HTML).exchange(),
                client -> client.get().uri("/api/no-such-thing").header(HttpHeaders.AUTHORIZATION, bearer).exchange());

        for (Function<WebTestClient, ResponseSpec> answer : answers) {
            HttpHeaders headers = answer.apply(web).returnResult(Void.class).getResponseHeaders();
            assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'")
                    .contains("frame-ancestors 'none'").contains("object-src 'none'");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
    }

    @Test
    void hstsIsSentWhenTheBrowserCameOverHttpsAndNeverOverPlainHttp() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");

        web.get().uri("/actuator/health/readiness").header("X-Forwarded-Proto", "https").exchange()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    @Test
    void scriptsAreOnlyThePortalsOwnFilesAndNoTemplateHasAnInlineScript() throws Exception {
        String policy = web.get().uri("/actuator/health/readiness").exchange()
                .returnResult(Void.class).getResponseHeaders().getFirst("Content-Security-Policy");
        String scripts = directive(policy, "script-src");
        assertThat(scripts).isEqualTo("'self'");

        // the policy would block an inline script, so one in a template would be a feature that silently never runs
        assertThat(inlineScriptsOfTemplates()).isEmpty();
    }

    @Test
    void formsMayPostOnlyToThePortalAndToKeycloakWhereSigningOutEnds() {
        String policy = web.get().uri("/actuator/health/readiness").exchange()
                .returnResult(Void.class).getResponseHeaders().getFirst("Content-Security-Policy");
        URI keycloak = properties.signOut().endSessionUri();

        assertThat(directive(policy, "form-action"))
                .isEqualTo("'self' " + keycloak.getScheme() + "://" + keycloak.getRawAuthority());
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            String trimmed = directive.strip();
            if (trimmed.startsWith(name + " ")) {
                return trimmed.substring(name.length() + 1);
            }
        }
        throw new AssertionError("No " + name + " in " + policy);
    }

    private static List<String> inlineScriptsOfTemplates() throws IOException {
        List<String> scripts = new ArrayList<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            try (InputStream in = template.getInputStream()) {
                Matcher script = INLINE_SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (script.find()) {
                    scripts.add(script.group(1));
                }
            }
        }
        return scripts;
    }

}
