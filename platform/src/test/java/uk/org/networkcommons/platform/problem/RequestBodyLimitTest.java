package uk.org.networkcommons.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.platform.testapp.ProblemAssert.assertProblem;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.testapp.TestAppTest;
import uk.org.networkcommons.platform.testapp.TestHttp;

/**
 * A request body over the limit (1 MB unless {@code network-commons.web.max-request-body-size} says otherwise) is a 413
 * problem on a real Tomcat, whether it declares its length or is streamed in chunks; a body under the limit is read
 * as before. Without the limit Tomcat and Spring read a JSON body of any size.
 */
@TestAppTest
class RequestBodyLimitTest {

    static final int LIMIT = 1024 * 1024;

    @LocalServerPort
    int port;

    TestHttp http;
    String bearer;

    @BeforeEach
    void client() {
        http = new TestHttp(port);
        bearer = TestJwtIssuer.instance().token(TestUsers.member(OrganisationId.of("org-1"))).bearer();
    }

    @Test
    void aBodyDeclaringMoreThanTheLimitIs413ProblemBeforeAnythingIsRead() {
        TestHttp.Response response = http.request("POST", "/test/widgets").authorization(bearer)
                .body("application/json", widget(LIMIT + 1)).send();

        JsonNode problem = assertProblem(response, 413, Problems.PAYLOAD_TOO_LARGE);
        assertThat(problem.path("detail").asString()).contains(String.valueOf(LIMIT));
        assertThat(problem.path("instance").asString()).isEqualTo("/test/widgets");
    }

    @Test
    void aChunkedBodyThatGoesOverTheLimitIs413Problem() {
        TestHttp.Response response = http.request("POST", "/test/widgets").authorization(bearer)
                .chunked("application/json", widget(LIMIT + 100)).send();

        JsonNode problem = assertProblem(response, 413, Problems.PAYLOAD_TOO_LARGE);
        assertThat(problem.path("instance").asString()).isEqualTo("/test/widgets");
    }

    @Test
    void anOversizedBodyIs413EvenWithoutAToken() {
        TestHttp.Response response = http.request("POST", "/test/widgets").body("application/json", widget(LIMIT + 1))
                .send();

        assertProblem(response, 413, Problems.PAYLOAD_TOO_LARGE);
    }

    @Test
    void bodiesUpToTheLimitAreReadAsBefore() {
        byte[] body = "{\"name\": \"bracket\", \"quantity\": 3}".getBytes(StandardCharsets.UTF_8);

        assertThat(http.request("POST", "/test/widgets").authorization(bearer).body("application/json", body).send()
                .status()).isBetween(200, 299);
        assertThat(http.request("POST", "/test/widgets").authorization(bearer).chunked("application/json", body).send()
                .status()).isBetween(200, 299);
        // at the limit the body is read in full; the field is then refused for its own length, not the body's
        assertProblem(http.request("POST", "/test/widgets").authorization(bearer)
                .chunked("application/json", widget(LIMIT)).send(), 400, Problems.VALIDATION_FAILED);
    }

    /** A widget whose JSON is exactly {@code bytes} long, the name making up the difference. */
    private static byte[] widget(int bytes) {
        String prefix = "{\"quantity\": 1, \"name\": \"";
        String json = prefix + "x".repeat(bytes - prefix.length() - 2) + "\"}";
        assertThat(json.length()).isEqualTo(bytes);
        return json.getBytes(StandardCharsets.US_ASCII);
    }
}
