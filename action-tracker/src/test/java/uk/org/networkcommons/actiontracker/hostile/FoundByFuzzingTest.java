package uk.org.networkcommons.actiontracker.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.hostile.AuthorizationMatrix.Fixture;

/** What the fuzz tests found, kept as plain regression tests: each was a 500 before its fix. */
class FoundByFuzzingTest extends HostileTestBase {

    /** Dates Java reads but the database cannot store; 0000-01-01 to 9999-12-31 are fine. */
    static final List<String> EXTREME_DATES = List.of("-999999999-01-01", "+999999999-12-31", "-0001-12-31",
            "+10000-01-01");

    @Test
    void aDueDateFilterBeyondWhatTheDatabaseStoresIsA400NamingTheParameter() {
        Fixture fixture = fixtures.action();
        for (String path : List.of("/api/actions", "/api/actions/export.csv")) {
            for (String parameter : List.of("dueAfter", "dueBefore")) {
                for (String date : EXTREME_DATES) {
                    Response response = api.get(fixture.owner(path), path + "?" + parameter + "=" + date);
                    assertThat(response.status()).as("%s?%s=%s: %s", path, parameter, date, response.body())
                            .isEqualTo(400);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.body()).contains(parameter);
                }
            }
        }
    }

    @Test
    void aDueDateBeyondWhatTheDatabaseStoresIsA400NamingTheField() {
        Fixture fixture = fixtures.action();
        String actionId = fixture.values("GET /api/actions/{actionId}").get("actionId");
        for (String date : EXTREME_DATES) {
            Response raised = api.post(fixture.owner("POST /api/actions"), "/api/actions", """
                    {"networkId": "%s", "title": "Far future", "ownerOrganisationId": "%s", "dueDate": "%s"}"""
                    .formatted(fixture.fields().get("networkId"), fixture.fields().get("ownerOrganisationId"), date));
            assertThat(raised.status()).as("raise due %s: %s", date, raised.body()).isEqualTo(400);
            assertThat(raised.body()).contains("dueDate");
            Response revised = api.call(fixture.owner("PUT /api/actions/{actionId}"), HttpMethod.PUT, "/api/actions/" + actionId, """
                    {"title": "Far future", "ownerOrganisationId": "%s", "dueDate": "%s",
                     "milestones": [{"title": "Start", "due": "%s"}]}"""
                    .formatted(fixture.fields().get("ownerOrganisationId"), date, date));
            assertThat(revised.status()).as("revise due %s: %s", date, revised.body()).isEqualTo(400);
            assertThat(revised.body()).contains("dueDate");
        }
    }

    @Test
    void aSearchForTextWithANulCharacterIsA400NamingTheParameter() {
        Fixture fixture = fixtures.action();
        assertNulRefused(fixture, "/api/actions", "q");
        assertNulRefused(fixture, "/api/actions/export.csv", "q");
    }

    private void assertNulRefused(Fixture fixture, String path, String parameter) {
        Response response = api.get(fixture.owner(path), path + "?" + parameter + "=a\0b");
        assertThat(response.status()).as("%s?%s with NUL: %s", path, parameter, response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<List<String>>read("$.errors[*].field")).containsExactly(parameter);
    }
}
