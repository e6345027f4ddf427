package uk.org.networkcommons.cameoservice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.http.HttpMethod;
import uk.org.networkcommons.platform.test.api.Api.Response;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints;
import uk.org.networkcommons.platform.test.api.OpenApiEndpoints.Endpoint;
import uk.org.networkcommons.cameoservice.support.Authoring;
import uk.org.networkcommons.platform.test.api.Person;

/** Bad input to the library is always a 400 problem+json that says what is wrong, never a 500 or a stack trace. */
class LibraryProblemResponsesIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @TestFactory
    Stream<DynamicTest> everyLibraryEndpointWithABodyAnswersMalformedJsonWith400Problem() {
        Person officer = Person.laOfficer(LA);
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            for (String malformed : List.of("{\"title\": ", "[1, 2", "not json at all", "{\"title\": \"x\",}")) {
                Response response = send(officer, endpoint, malformed);
                assertThat(response.status()).as("%s with %s: %s", endpoint, malformed, response.body()).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain("Exception", "at uk.org", "at org.springframework");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyLibraryEndpointWithABodyNamesEachInvalidField() {
        Person officer = Person.laOfficer(LA);
        String invalid = """
                {"kind": "CAMEO", "title": " ", "summary": "A case", "questions": [{"text": ""}],
                 "tags": ["Not Kebab"], "sharing": null}
                """;
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            Response response = send(officer, endpoint, invalid);
            assertThat(response.status()).as("%s: %s", endpoint, response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.<List<String>>read("$.errors[*].field"))
                    .contains("title", "questions[0].text", "tags[0]", "sharing");
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyLibraryEndpointWithABodyRejectsUnknownValuesAndWrongTypesByField() {
        Person officer = Person.laOfficer(LA);
        Map<String, String> cases = Map.of(
                "kind", "{\"kind\": \"ESSAY\", \"title\": \"x\", \"questions\": [{\"text\": \"q\"}], \"sharing\": \"LA\"}",
                "sharing", "{\"kind\": \"CAMEO\", \"title\": \"x\", \"summary\": \"s\", \"questions\": [{\"text\": \"q\"}],"
                        + " \"sharing\": \"NETWORK\"}",
                "outcomes", "{\"kind\": \"CAMEO\", \"title\": \"x\", \"summary\": \"s\", \"questions\": [{\"text\": \"q\"}],"
                        + " \"sharing\": \"LA\", \"outcomes\": \"BE_HEALTHY\"}",
                "questions", "{\"kind\": \"CAMEO\", \"title\": \"x\", \"summary\": \"s\", \"questions\": 3, \"sharing\": \"LA\"}");
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            for (Map.Entry<String, String> bad : cases.entrySet()) {
                Response response = send(officer, endpoint, bad.getValue());
                assertThat(response.status()).as("%s with bad %s: %s", endpoint, bad.getKey(), response.body())
                        .isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body()).contains(bad.getKey());
            }
        }));
    }

    @Test
    void aCameoWithoutASummaryOrQuestionsIsRefusedByField() {
        Response noSummary = api.post(Person.laOfficer(LA), "/api/library/authored", """
                {"kind": "CAMEO", "title": "No summary", "questions": [{"text": "Why?"}], "sharing": "LA"}
                """).expect(400);
        assertThat(noSummary.<List<String>>read("$.errors[*].field")).containsExactly("summary");

        Response noQuestions = api.post(Person.laOfficer(LA), "/api/library/authored", """
                {"kind": "QUESTION_SET", "title": "No questions", "questions": [], "sharing": "LA"}
                """).expect(400);
        assertThat(noQuestions.<List<String>>read("$.errors[*].field")).containsExactly("questions");
    }

    @Test
    void aBadIfMatchIsA400() {
        Person officer = Person.laOfficer(LA);
        String id = new Authoring(api).draft(officer, Authoring.cameoJson("Bad If-Match", "LA"));

        Response response = api.callWithIfMatch(officer, HttpMethod.PUT, "/api/library/authored/" + id,
                Authoring.cameoJson("Bad If-Match", "LA"), "yesterday");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("If-Match");
    }

    private Response send(Person officer, String endpoint, String body) {
        HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
        String path = endpoint.substring(endpoint.indexOf(' ') + 1);
        if (path.contains("{itemId}")) {
            path = path.replace("{itemId}", new Authoring(api).draft(officer,
                    Authoring.cameoJson("Problem target " + Person.Ids.next(), "LA")));
        }
        return api.call(officer, method, path, body);
    }

    private List<String> endpointsWithABody() {
        List<String> endpoints = OpenApiEndpoints.of(mvc).under("/api/library/").stream().filter(Endpoint::hasBody)
                .map(Endpoint::key).toList();
        assertThat(endpoints).containsExactlyInAnyOrder("POST /api/library/authored", "PUT /api/library/authored/{itemId}");
        return endpoints;
    }
}
