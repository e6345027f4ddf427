package uk.org.networkcommons.networkservice;

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
import uk.org.networkcommons.platform.test.api.Person;

/** Bad input is always a 400 problem+json that says what is wrong, never a 500 and never a stack trace. */
class ProblemResponsesIntegrationTest extends IntegrationTestBase {

    static final String LA = "873";

    @TestFactory
    Stream<DynamicTest> everyEndpointWithABodyAnswersMalformedJsonWith400Problem() {
        String networkId = api.formNetwork(LA, "Malformed JSON Network");
        String school = api.registerSchool(LA, "Malformed JSON School");
        Map<String, String> variables = Map.of("networkId", networkId, "organisationId", school, "requestId", "r",
                "userId", "u", "version", "1");
        return endpointsWithABody().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint, () -> {
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (Map.Entry<String, String> variable : variables.entrySet()) {
                path = path.replace("{" + variable.getKey() + "}", variable.getValue());
            }
            HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
            for (String malformed : List.of("{\"name\": ", "[1, 2", "not json at all", "{\"name\": \"x\",}")) {
                Response response = api.call(Person.laOfficer(LA), method, path, malformed);
                assertThat(response.status()).as("%s with %s: %s", endpoint, malformed, response.body()).isEqualTo(400);
                assertThat(response.contentType()).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain("Exception", "at uk.org", "at org.springframework");
            }
        }));
    }

    @Test
    void invalidFieldsAreEachNamed() {
        Response response = api.post(Person.laOfficer(LA), "/api/networks", """
                {"laCode": "87", "details": {"name": "", "type": "CLUSTER", "basis": "GEOGRAPHIC", "focus": [],
                 "continuumForm": "LOOSE_COLLABORATION", "governanceModel": "ALLIANCE"}}
                """).expect(400);

        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains("laCode", "details.name", "details.focus");
    }

    @Test
    void aWrongTypeOrAnUnknownValueIsA400NamingTheField() {
        Response unknownEnum = api.post(Person.laOfficer(LA), "/api/organisations", """
                {"name": "Oaks", "kind": "ACADEMY_CHAIN", "laCode": "873"}
                """).expect(400);
        assertThat(unknownEnum.body()).contains("kind");

        Response wrongType = api.post(Person.laOfficer(LA), "/api/networks", """
                {"laCode": "873", "details": {"name": "X", "type": "CLUSTER", "basis": "GEOGRAPHIC",
                 "focus": "SCHOOL_IMPROVEMENT", "continuumForm": 7, "governanceModel": ["ALLIANCE"]}}
                """);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aDomainRuleNamesTheFieldItRejects() {
        Response response = api.post(Person.laOfficer(LA), "/api/organisations", """
                {"name": "Oaks Primary", "kind": "SCHOOL", "laCode": "873"}
                """).expect(400);
        assertThat(response.body()).contains("urn", "six-digit URN");
    }

    @Test
    void aBadPathOrQueryValueIsA400NotA500() {
        String networkId = api.formNetwork(LA, "Bad Query Network");
        api.get(Person.laOfficer(LA), "/api/networks/%s/members?on=yesterday".formatted(networkId)).expect(400);
        api.get(Person.laOfficer(LA), "/api/organisations?kind=CASTLE").expect(400);
        api.get(Person.laOfficer(LA), "/api/networks/%s/agreement/versions/first".formatted(networkId)).expect(400);
    }

    @Test
    void aFutureMembershipDateIsRejectedAndNothingIsWritten() {
        String networkId = api.formNetwork(LA, "Future Date Network");
        String school = api.registerSchool(LA, "Future School");
        Response response = api.post(Person.laOfficer(LA), "/api/networks/%s/members".formatted(networkId), """
                {"organisationId": "%s", "role": "MEMBER", "effectiveFrom": "2999-09-01"}
                """.formatted(school)).expect(400);

        assertThat(response.body()).contains("effectiveFrom");
        assertThat(api.get(Person.laOfficer(LA), "/api/networks/%s/membership-history".formatted(networkId)).body())
                .isEqualTo("[]");
    }

    private List<String> endpointsWithABody() {
        List<String> endpoints = OpenApiEndpoints.of(mvc).under("/api/").stream().filter(Endpoint::hasBody)
                .map(Endpoint::key).toList();
        assertThat(endpoints).hasSizeGreaterThan(8);
        return endpoints;
    }
}
