package uk.org.networkcommons.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.platform.testapp.ProblemAssert.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUser;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.testapp.TestAppTest;
import uk.org.networkcommons.platform.testapp.TestHttp;

/** What the platform's filter chain lets through, and how a service's own rules fit into it. */
@TestAppTest
class AuthorizationTest {

    private static final TestJwtIssuer ISSUER = TestJwtIssuer.instance();

    @LocalServerPort
    int port;

    TestHttp http;
    TestUser member = TestUsers.member(OrganisationId.of("org-school"), "873");

    @BeforeEach
    void client() {
        http = new TestHttp(port);
    }

    @Test
    void healthIsReachableWithoutAToken() {
        TestHttp.Response response = http.get("/actuator/health", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void apiDocsAreOpenDeclareBearerAuthAndDoNotListTheViewerAsAParameter() {
        TestHttp.Response response = http.get("/v3/api-docs", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"bearerFormat\":\"JWT\"").contains("/test/me")
                .doesNotContain("\"name\":\"viewer\"").doesNotContain("userId");
    }

    @Test
    void anyOtherPathNeedsAToken() {
        assertProblem(http.get("/test/widgets/1", null), 401, Problems.UNAUTHENTICATED);
        assertProblem(http.get("/no/such/path", null), 401, Problems.UNAUTHENTICATED);
    }

    @Test
    void endpointThatAsksForAViewerAnswers401ProblemToAnAnonymousCallerEvenWhereAServiceOpenedIt() {
        TestHttp.Response response = http.get("/test/public/me", null);

        assertProblem(response, 401, Problems.UNAUTHENTICATED);
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void serviceRuleTurnsAwayAViewerWithoutTheRoleWith403Problem() {
        TestHttp.Response response = http.get("/test/admin/ping", ISSUER.token(member).bearer());

        assertProblem(response, 403, Problems.FORBIDDEN);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer").contains("insufficient_scope");
    }

    @Test
    void serviceRuleAdmitsAViewerWithTheRole() {
        TestUser admin = TestUsers.platformAdmin();

        TestHttp.Response response = http.get("/test/admin/ping", ISSUER.token(admin).bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("admin").asString()).isEqualTo(admin.subject());
    }

    @Test
    void postWithABearerTokenNeedsNoCsrfToken() {
        TestHttp.Response response = http.request("POST", "/test/widgets")
                .authorization(ISSUER.token(member).bearer())
                .json("{\"name\":\"bracket\",\"quantity\":2}")
                .send();

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void noSessionIsCreated() {
        TestHttp.Response response = http.get("/test/me", ISSUER.token(member).bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void codeOutsideControllersSeesTheSameViewer() {
        TestHttp.Response response = http.get("/test/me/current", ISSUER.token(member).bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("userId").asString()).isEqualTo(member.subject());
        assertThat(response.json().path("laCode").asString()).isEqualTo("873");
        assertThat(response.json().path("organisationId").asString()).isEqualTo("org-school");
    }
}
