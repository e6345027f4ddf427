package uk.org.networkcommons.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.org.networkcommons.platform.testapp.ProblemAssert.assertProblem;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.org.networkcommons.events.OrganisationId;
import uk.org.networkcommons.platform.problem.Problems;
import uk.org.networkcommons.platform.test.security.TestJwtIssuer;
import uk.org.networkcommons.platform.test.security.TestUsers;
import uk.org.networkcommons.platform.testapp.TestAppTest;
import uk.org.networkcommons.platform.testapp.TestHttp;

/** A request parameter with a NUL character is a 400 naming the parameter, on a real Tomcat; other text is as before. */
@TestAppTest
class NulCharacterTest {

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
    void aParameterHoldingNulIsA400NamingIt() {
        for (String q : new String[] {"%00", "a%00b", "%00%00"}) {
            JsonNode problem = assertProblem(http.get("/test/widgets/search?q=" + q, bearer), 400,
                    Problems.VALIDATION_FAILED);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("q");
        }
    }

    @Test
    void otherTextIncludingControlAndUnicodeCharactersIsPassedOn() {
        TestHttp.Response response = http.get("/test/widgets/search?q=%01%E2%80%AEcaf%C3%A9%F0%9F%98%80", bearer);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("q").asString()).isEqualTo("\u0001\u202ecafé😀");
    }
}
